"""Round 46i: structure and page edges, third pass.

- A pipe-table unit cell wrapped inside its bracket ("各县（市、" over "区）教育局") is one name, with
  no line break in it (`transform.table_wraps._joint`): the cell stays a unit cell, not glued to the title.
- A body line "主办：…；承办：…" whose only host words are 承办/协办 starts the footer only at the page's end
  (`transform.page`, lexicon `page_footer` keys host_only / after_host).
- A department's office on the line right above the signature date ("某县自然资源局耕地保护股") signs the
  page; it is no unit of the last item (`transform.signers`, lexicon `structure_signer_offices`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.page import text_body
from transform.signers import placed_office
from transform.table_wraps import _open_bracket


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _units(text: str) -> list[tuple[list[str], list[str]]]:
    return [(t["lead_units"], t["participating_units"]) for t in _doc(text).tasks]


# --- a unit cell wrapped inside its bracket ---------------------------------------------------------

_HEAD = "标题：某县2025年工作任务分工\n一、工作任务\n| 序号 | 工作内容 | {role} | 完成时限 |\n"


@pytest.mark.parametrize(
    ("role", "above", "below", "want"),
    [
        (
            "责任单位",
            "市公安局交警支队、各县（市、",
            "区）教育局",
            ["市公安局交警支队", "各县（市、区）教育局"],
        ),
        ("责任单位", "市教育局、各县（区、", "市）市场监管局", ["市教育局", "各县（区、市）市场监管局"]),
        ("牵头单位", "市水利局、各县（市、", "区）人民政府", ["市水利局", "各县（市、区）人民政府"]),
        ("牵头单位", "州林草局、各县(市、", "区)林业局", ["州林草局", "各县(市、区)林业局"]),
    ],
)
def test_bracket_wrapped_unit_cell(role: str, above: str, below: str, want: list[str]) -> None:
    text = (
        _HEAD.format(role=role)
        + f"| 1 | 开展校园周边交通秩序整治 | {above} | 2025年6月底 |\n"
        + f"|  |  | {below} |  |\n"
        + "| 2 | 排查校舍安全隐患 | 市教育局基建科 | 2025年8月底 |\n"
    )
    doc = _doc(text)
    assert doc.tasks[0]["title"] == "开展校园周边交通秩序整治"
    assert sorted(doc.tasks[0]["lead_units"]) == sorted(want)


@pytest.mark.parametrize(
    "above",
    # no bracket left open in the cell's last line: the old reading (a name ends at the wrap)
    ["县卫生健康局、各乡（镇）", "县农业农村局、", "各县（市、区）政府、\n市水利局、"],
)
def test_no_open_bracket(above: str) -> None:
    assert not _open_bracket(above)


def test_wrap_without_open_bracket_keeps_names() -> None:
    text = (
        _HEAD.format(role="责任单位")
        + "| 1 | 推进农村厕所革命 | 县农业农村局、 | 2025年6月底 |\n"
        + "|  |  | 县水利局 |  |\n"
        + "| 2 | 排查校舍安全隐患 | 市教育局基建科 | 2025年8月底 |\n"
    )
    assert _doc(text).tasks[0]["lead_units"] == ["县农业农村局", "县水利局"]


# --- 主办/承办 lines of the body, not the footer -------------------------------------------------------

_ITEMS = "各单位：\n现将活动安排如下。\n"


@pytest.mark.parametrize(
    "line",
    [
        "主办：县政协文史委员会；承办：县文化旅游广电局",
        "主办：市科协  承办：市青少年科技中心",
        "主办：县委宣传部；承办：县图书馆；协办：各乡镇人民政府",
    ],
)
def test_body_host_line_is_no_footer(line: str) -> None:
    text = (
        "标题：活动安排\n" + _ITEMS + "一、举办读书日活动。开展图书漂流。\n主办：县委宣传部\n"
        "二、开展书香校园活动。组织经典诵读比赛。\n" + line + "\n"
        "三、开展农家书屋阅读推广。组织阅读活动。\n主办：县委宣传部；承办：县文化旅游局\n"
        "四、各单位要于11月底前将活动开展情况报县委宣传部。\n"
    )
    body = text_body(text)
    assert "三、开展农家书屋阅读推广" in body and "四、各单位要于11月底前" in body
    assert [t["path"] for t in _doc(text).tasks][-2:] == [["三"], ["四"]]


@pytest.mark.parametrize(
    "tail",
    [
        # the site's footer: at the page's end, or with another host word
        "主办：某市科学技术协会  承办：某市科技信息中心\n地址：人民路18号  邮编：412000",
        "主办：某市科学技术协会  承办：某市科技信息中心",
        "主办：某市科学技术协会  承办：某市科技信息中心\n网站标识码：4300000002\n二、不应读到的行。内容内容内容。",
        "主办单位：某县人民政府办公室  承办：某县大数据中心  网站标识码：4300000001\n二、不应读到的行。内容内容内容。",
    ],
)
def test_site_footer_still_ends_body(tail: str) -> None:
    text = (
        "标题：通知\n"
        + "\n".join(f"{n}、开展第{n}项工作。具体内容。" for n in "一二三四")
        + "\n"
        + tail
        + "\n"
    )
    body = text_body(text)
    assert "四、开展第四项工作" in body and "承办" not in body and "不应读到" not in body


# --- a department's office signs the page -----------------------------------------------------------


@pytest.mark.parametrize(
    ("signer", "last_lead"),
    [
        ("南岭县自然资源局耕地保护股", "县农业农村局"),
        ("鹤城市卫生健康委员会基层卫生健康处", "县农业农村局"),
        ("石岗区住房和城乡建设局规划建设科", "县农业农村局"),
    ],
)
def test_office_signature_is_no_unit(signer: str, last_lead: str) -> None:
    text = (
        "标题：某县2025年耕地保护专项行动实施方案\n发布日期：2025-06-03\n"
        "一、开展耕地排查。全面排查。\n责任单位：县自然资源局执法监察大队\n"
        "二、实施高标准农田建设。新建高标准农田1.2万亩。\n牵头单位：" + last_lead + "\n"
        f"{signer}\n2025年6月3日\n"
    )
    assert _units(text)[-1][0] == [last_lead]


@pytest.mark.parametrize(
    "name",
    ["南岭县自然资源局耕地保护股", "鹤城市卫生健康委员会基层卫生健康处", "安溪县林业局森林防火办公室"],
)
def test_placed_office(name: str) -> None:
    assert placed_office(name)


@pytest.mark.parametrize(
    "name",
    # no place before the body (a unit cell), a body alone, a set of places
    ["县农业农村局种植业股", "市卫生健康委科技教育科", "南岭县自然资源局", "各乡镇人民政府办公室"],
)
def test_no_placed_office(name: str) -> None:
    assert not placed_office(name)


def test_unit_line_office_above_date_without_place_stays() -> None:
    text = (
        "标题：某县2025年工作方案\n发布日期：2025-06-03\n"
        "一、开展耕地排查。全面排查。\n责任单位：\n县自然资源局耕地保护股\n2025年6月3日\n"
    )
    assert _units(text)[-1][0] == ["县自然资源局耕地保护股"]
