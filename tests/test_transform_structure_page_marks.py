"""The page numbers of a 公文 printed as text ("— 3 —", "- 3 -", "－3－", "第3页"): a PDF converted to
a page's text keeps them on lines of their own, where a page ended. They are no part of the text:
a unit list or a sentence wrapped across the page break reads on over them ("园区党工委、各街道党工委"
never ends in "— 3 —"), and a bare number line still numbers an item."""
from __future__ import annotations

import pytest

from transform.document import parse_document

_WIDTH = 30


def _wrapped(paragraph: str) -> list[str]:
    """A paragraph wrapped at a fixed width, as a PDF conversion prints it."""
    return [paragraph[i : i + _WIDTH] for i in range(0, len(paragraph), _WIDTH)]


def _page(mark: str) -> str:
    lines = ["某区贯彻落实街道工作意见任务分解方案", "一、加强党对基层治理的全面领导"]
    lines += _wrapped(
        "1.完善街道党工委对地区治理重大工作的领导体制机制，优化决策程序，"
        "涉及基层治理的重大事项由街道党工委讨论决定，全面提升街道抓党建、抓治理、抓服务的能力。"
    )
    lines += ["牵头单位：区委组织部", *_wrapped("协办单位：区委编办、区民政局（区委社会工委）、园区党工委、各街道党工委")]
    lines.append(mark)
    lines += _wrapped(
        "2.以区域化党建为重点，构建区、街道、社区党组织上下贯通，社区党建、单位党建、"
        "行业党建多方联动的基层党建工作体系，年内建成区域化党建联盟12个。"
    )
    lines += ["牵头单位：区委组织部", "协办单位：各街道党工委"]
    return "\n".join(lines) + "\n"


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


@pytest.mark.parametrize("mark", ["— 3 —", "— — — 3 —", "- 3 -", "－3－", "—3—", "第 3 页", "第3页 共12页"])
def test_a_page_number_never_ends_a_wrapped_unit_list(mark):
    tasks = _tasks(_page(mark))
    assert [t["path"] for t in tasks] == [["一", "1"], ["一", "2"]]
    assert tasks[0]["participating_units"] == ["区委编办", "区民政局（区委社会工委）", "园区党工委", "各街道党工委"]


@pytest.mark.parametrize("mark", ["— 4 —", "- 4 -", "－ 4 －"])
def test_a_sentence_runs_on_over_a_page_break(mark):
    lines = ["某县重点任务分工方案", "一、产业发展"]
    body = _wrapped(
        "1.推进农产品加工园区建设，引进农产品精深加工企业，培育壮大龙头企业，"
        "完善园区道路、供水和污水处理设施，年内新增规模以上农产品加工企业5家。（牵头单位：县农业农村局；"
        "配合单位：县工信局）"
    )
    lines += body[:2] + [mark] + body[2:]
    lines += ["2.建设冷链物流中心。（牵头单位：县商务局）"]
    tasks = _tasks("\n".join(lines) + "\n")
    assert len(tasks) == 2
    assert mark.replace(" ", "") not in tasks[0]["body"].replace(" ", "")
    assert (tasks[0]["lead_units"], tasks[0]["participating_units"]) == (["县农业农村局"], ["县工信局"])


def test_a_bare_number_line_still_numbers_an_item():
    text = "某镇民生实事清单\n1\n新建村级养老服务站3个\n2\n改造农村公厕20座\n"
    assert [t["title"] for t in _tasks(text)] == ["新建村级养老服务站3个", "改造农村公厕20座"]


def test_a_year_range_line_is_no_page_number():
    text = "某县三年行动计划\n2024—2026\n一、新建污水管网20公里。（牵头单位：县住建局）\n"
    assert _tasks(text)[0]["lead_units"] == ["县住建局"]
