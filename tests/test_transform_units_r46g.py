"""Round 46g: units, a second pass over shapes the first wave named.

- A first-listed note on a line of its own under a section heading ("二、重点任务" /
  "（各项任务责任单位列第一位者为牵头单位，下同）") speaks for the items of that section, and with 下同
  for every item after it (transform/unit_plan.SectionNotes, read by transform/rows.build_rows).
- A lead clause used as a modifier ("由县水利局牵头、各乡镇具体实施的保洁机制"): the second clause ends at
  its verb before 的, and its units take part (transform/unit_clauses._modifier_clause_end).
- A bare 承办 before a colon is a responsible label ("承办：县政协经济委员会"): it leads alone and takes part
  beside 主办 ("主办：A；承办：B；协办：C"; lexicon units_roles.toml [labels] responsible).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.units import extract_units


def _tasks(text: str) -> list[tuple[str, list[str], list[str]]]:
    p = parse_document(text, source="t", is_text=True)
    return [(t["title"], t["lead_units"], t["participating_units"]) for t in p.tasks]


# --- a first-listed note under a section heading ------------------------------------------------------

_HEAD = "某县2025年工作方案\n为做好相关工作，制定本方案。\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _HEAD + "二、重点任务\n（各项任务责任单位列第一位者为牵头单位，下同）\n"
            "1.推进厕所改造。分类推进户厕改造。\n责任单位：县农业农村局、县卫生健康局\n"
            "2.治理生活垃圾。完善收运体系。\n责任单位：县住建局、县供销社\n"
            "三、保障措施\n（一）强化资金保障。统筹涉农资金。\n责任单位：县财政局、县农业农村局\n",
            [
                ("推进厕所改造", ["县农业农村局"], ["县卫生健康局"]),
                ("治理生活垃圾", ["县住建局"], ["县供销社"]),
                ("强化资金保障", ["县财政局"], ["县农业农村局"]),
            ],
        ),
        (
            "澄江鎮森林防火工作方案\n一、主要任務\n（各項任務責任單位排在第一位的為牽頭單位）\n"
            "（一）加強火源管控。設置檢查卡點。\n責任單位：鎮應急辦、鎮派出所、各有關村\n"
            "（二）開展隱患排查。開展拉網式排查。\n責任單位：鎮農業服務中心、鎮執法隊\n",
            [
                ("加強火源管控", ["鎮應急辦"], ["鎮派出所", "各有關村"]),
                ("開展隱患排查", ["鎮農業服務中心"], ["鎮執法隊"]),
            ],
        ),
        (
            _HEAD + "一、工作任务（责任单位排在首位的为牵头单位）\n"
            "1.开展专项检查。检查重点企业。（责任单位：区应急局、区消防大队）\n"
            "2.加强宣传。开展安全宣传月活动。（责任单位：区委宣传部、区应急局）\n",
            [
                ("开展专项检查", ["区应急局"], ["区消防大队"]),
                ("加强宣传", ["区委宣传部"], ["区应急局"]),
            ],
        ),
    ],
)
def test_section_note_makes_first_unit_lead(text: str, expected: list) -> None:
    assert _tasks(text) == expected


def test_section_note_without_following_stays_in_its_section() -> None:
    text = (
        _HEAD + "一、重点任务\n（责任单位列第一位者为牵头单位）\n"
        "1.推进改厕。推进户厕改造。\n责任单位：县农业农村局、县卫健局\n"
        "二、保障措施\n1.强化保障。统筹资金。\n责任单位：县财政局、县农业农村局\n"
    )
    assert _tasks(text) == [
        ("推进改厕", ["县农业农村局"], ["县卫健局"]),
        ("强化保障", ["县财政局", "县农业农村局"], []),
    ]


def test_no_note_keeps_all_responsible_units_lead() -> None:
    text = (
        _HEAD + "二、重点任务\n（各项任务按职责分工落实）\n"
        "1.推进改厕。推进户厕改造。\n责任单位：县农业农村局、县卫健局\n"
        "2.治理垃圾。完善收运体系。\n责任单位：县住建局、县供销社\n"
    )
    assert _tasks(text) == [
        ("推进改厕", ["县农业农村局", "县卫健局"], []),
        ("治理垃圾", ["县住建局", "县供销社"], []),
    ]


# --- a lead clause used as a modifier: "由X牵头、Y具体实施的…" --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("（三）实施河道保洁。建立由县水利局牵头、各乡镇具体实施的河道日常保洁机制。", ["县水利局"], ["各乡镇"]),
        ("2.推进家电以旧换新。由市商务局牵头、各县区政府具体实施的补贴发放机制要尽快建立。", ["市商务局"], ["各县区政府"]),
        ("5.健全督查机制。完善由县委办牵头、县纪委监委参与的督查机制。", ["县委办"], ["县纪委监委"]),
        ("6.推進社區治理。建立由區民政局牽頭、各街道辦事處負責落實的工作機制。", ["區民政局"], ["各街道辦事處"]),
    ],
)
def test_modifier_clause_after_lead_takes_part(text: str, lead: list, part: list) -> None:
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # no lead clause before it: the 的 piece is read as before (nothing)
        ("7.加强保洁。各乡镇具体实施的保洁机制要健全。", [], []),
        # the piece after the lead holds no verb before its 的: no clause
        ("8.加强保洁。由县城管局牵头、各乡镇的保洁队伍开展日常清扫。", ["县城管局"], []),
    ],
)
def test_modifier_clause_not_read(text: str, lead: list, part: list) -> None:
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)


# --- a bare 承办 label -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("一、推动特色产业发展。开展专题调研。\n承办：县政协经济委员会", ["县政协经济委员会"], []),
        ("2.加强养老服务。开展视察调研。（承办：市政协社会和法制委员会）", ["市政协社会和法制委员会"], []),
        (
            "三、促进文旅融合。组织协商。\n主办：县政协文史委员会；承办：县文旅局；协办：县住建局",
            ["县政协文史委员会"],
            ["县文旅局", "县住建局"],
        ),
        (
            "四、優化營商環境。開展監督。\n主辦：縣政協提案委員會 承辦：縣發改局 協辦：縣審批局",
            ["縣政協提案委員會"],
            ["縣發改局", "縣審批局"],
        ),
    ],
)
def test_bare_chengban_label(text: str, lead: list, part: list) -> None:
    u = extract_units(text)
    assert (u.lead, u.participating) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "二、做好会务。承办事项：做好会务保障和场地布置。",
        "4.做好接待。承办时间：2025年5月",
        "3.举办读书节。县图书馆承办读书节系列活动，开展阅读推广。",
    ],
)
def test_chengban_not_a_label(text: str) -> None:
    assert not extract_units(text)
