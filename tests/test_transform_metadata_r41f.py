"""Round 41f: plan judging and metadata, the tail of 41c/41d/41e.

- a meeting's minutes (…常务会议纪要, 专题会议纪要, …会议议定事项) whose items hand the agreed work to
  named units is read for its items, as the committed audit gold reads such minutes; minutes whose
  items name no unit give no rows (`transform.meeting_minutes`, `lexicons/minutes_titles.txt`);
- a running head and its page number glued before the plan's heading ("某市人民政府文件　　第 2 页
  共 3 页某市…方案") is no part of the plan's name (`page_marks.without_glued_page_head`);
- a plan's heading with the other column's line after a wide gap on its line (a two-column page
  converted to text: "某县…行动方案　　　　　村庄清洁行动覆盖率100%") is the heading alone, as title
  and plan title (`metadata_tags.without_second_column`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.meeting_minutes import assigns_work, minutes
from transform.metadata import without_page_marker
from transform.metadata_tags import without_second_column
from transform.page_marks import without_glued_page_head


def _parsed(text: str, source: str = "n.txt"):
    return parse_document(text, source=source, is_text=True)


# ---- a meeting's minutes that hand work to units

_MINUTES_FIRE = [
    # a county's 常务会议 minutes, headed items, 由X负责
    "洪山县人民政府常务会议纪要\n2025年5月6日，县长主持召开常务会议。现将议定事项纪要如下：\n"
    "一、关于城区停车场建设工作\n会议同意建设方案。由县住建局负责，县自然资源局配合，抓紧开工。\n"
    "二、关于夏季防汛工作\n由县水利局负责，各乡镇人民政府配合，做好隐患排查。\n"
    "三、关于农贸市场提升工作\n由县商务局负责，县市场监管局配合，完成改造。\n",
    # a city's 办公会议 minutes, (一) items, 请X牵头
    "市长办公会议纪要\n第9期\n会议议定以下事项：\n"
    "（一）加快审批。请市行政审批服务局牵头，市住建局配合，压缩审批时限。\n"
    "（二）保障资金。由市财政局负责，按进度拨付资金。\n"
    "（三）化解矛盾。由各区人民政府负责，市信访局配合，及时化解纠纷。\n",
    # a 议定事项 page of a reform commission, 1. items
    "县委深化改革委员会第三次会议议定事项\n会议研究议定了以下事项：\n"
    "1.关于深化放管服改革。由县委编办牵头，县政务服务中心配合，梳理下放事项。\n"
    "2.关于农村产权制度改革。由县农业农村局牵头，县财政局配合。\n"
    "3.关于医院薪酬制度改革。由县卫健局牵头，县人社局配合。\n",
    # a traditional mirror
    "關於河道清淤專題會議紀要\n會議議定事項如下：\n一、清理主河道。由區水務局負責，各街道辦事處配合。\n"
    "二、整治排污口。由區生態環境分局負責。\n三、加強巡查。由區城管局負責，區水務局配合。\n",
]


@pytest.mark.parametrize("text", _MINUTES_FIRE)
def test_minutes_handing_work_to_units_give_their_items(text: str) -> None:
    p = _parsed(text)
    assert len(p.tasks) == 3
    assert sum(1 for t in p.tasks if t.get("lead_units")) >= 2


_MINUTES_QUIET = [
    # minutes recording what was heard, no unit handed anything
    "县政府第五次常务会议纪要\n会议听取了有关汇报，现纪要如下：\n"
    "一、会议听取了上半年经济运行情况汇报。\n二、会议学习了有关文件精神。\n三、会议讨论了其他事项。\n",
    # minutes where only one of four items names a unit
    "关于安全生产工作专题会议纪要\n一、会议传达了上级会议精神。\n二、会议分析了当前形势。\n"
    "三、会议强调要压实责任。\n四、由县应急管理局负责做好督查。\n",
]


@pytest.mark.parametrize("text", _MINUTES_QUIET)
def test_minutes_that_hand_no_work_give_no_rows(text: str) -> None:
    p = _parsed(text)
    assert p.tasks == []
    assert not p.document["is_plan"]


def test_minutes_words() -> None:
    assert minutes("某县政府第8次常务会议纪要")
    assert minutes("县委深改委第三次会议议定事项")
    assert not minutes("关于召开全县安全生产工作会议的通知")
    assert assigns_work([{"lead_units": ["县住建局"]}, {"lead_units": ["县水利局"]}, {}])
    assert not assigns_work([{"lead_units": ["县住建局"]}, {}, {}])


def test_a_meeting_notice_stays_no_plan() -> None:
    p = _parsed(
        "关于召开全县春耕生产工作会议的通知\n各乡镇：\n一、会议时间。3月5日上午。\n"
        "二、参会人员。各乡镇分管负责人。\n三、有关要求。由县农业农村局负责会务。\n"
    )
    assert p.tasks == []


# ---- a running head and page number glued before the plan's heading

_GLUED_HEAD_FIRE = [
    ("某市人民政府文件\u3000\u3000第 2 页 共 3 页某市2025年城区绿化行动方案", "某市2025年城区绿化行动方案"),
    ("某县人民政府办公室文件  第2页/共4页某县2025年农村供水保障方案", "某县2025年农村供水保障方案"),
    ("某区发展和改革局\u3000\u3000\u3000共3页 第2页某区2026年重点项目推进计划", "某区2026年重点项目推进计划"),
    ("第 2 页 共 5 页某镇2025年人居环境整治工作方案", "某镇2025年人居环境整治工作方案"),
]


@pytest.mark.parametrize(("name", "plan"), _GLUED_HEAD_FIRE)
def test_glued_running_head_leaves_the_plan(name: str, plan: str) -> None:
    assert without_glued_page_head(name) == plan
    assert without_page_marker(name) == plan


@pytest.mark.parametrize(
    "name",
    [
        "某县第2页码规范化工作方案",  # 页 inside a name, no page number
        "某市2025年城区绿化行动方案",
        "某市人民政府文件　　第 2 页 共 3 页",  # nothing after the mark
        "某县2025年“百页书屋”建设方案",
    ],
)
def test_no_glued_running_head(name: str) -> None:
    assert without_glued_page_head(name) == name


def test_glued_running_head_on_a_page() -> None:
    doc = _parsed(
        "某市人民政府文件\n某政发〔2025〕3号\n某市人民政府关于印发某市2025年城区绿化行动方案的通知\n"
        "各镇人民政府：\n现将《某市2025年城区绿化行动方案》印发给你们。\n某市人民政府\n2025年3月2日\n"
        "某市人民政府文件\u3000\u3000第 2 页 共 3 页某市2025年城区绿化行动方案\n"
        "一、实施道路绿化。（牵头单位：市城管局）\n二、建设口袋公园。（牵头单位：市住建局）\n"
    ).document
    assert doc["plan_title"] == "某市2025年城区绿化行动方案"


# ---- a two-column page: the other column's line after the plan's heading

_SECOND_COLUMN_FIRE = [
    (
        "某县农村人居环境整治提升行动方案" + "\u3000" * 12 + "村庄清洁行动覆盖率100%",
        "某县农村人居环境整治提升行动方案",
    ),
    ("某市2025年城市更新工作要点        老旧小区改造30个", "某市2025年城市更新工作要点"),
    (
        "某区优化营商环境三年行动计划\u3000\u3000\u3000\u3000\u3000某区人民政府办公室",
        "某区优化营商环境三年行动计划",
    ),
]


@pytest.mark.parametrize(("name", "heading"), _SECOND_COLUMN_FIRE)
def test_second_column_is_cut(name: str, heading: str) -> None:
    assert without_second_column(name) == heading


@pytest.mark.parametrize(
    "name",
    [
        "某市城市更新行动方案" + "\u3000" * 6 + "（2025—2027年）",  # its years, printed apart
        "关于印发" + "\u3000" * 6 + "某县2025年工作要点的通知",  # no plan before the gap
        "某县2025年工作要点",
        "某县2025年  工作要点",  # a narrow gap
    ],
)
def test_no_second_column(name: str) -> None:
    assert without_second_column(name) == name


def test_two_column_page_title() -> None:
    doc = _parsed(
        "某县农村人居环境整治提升行动方案" + "\u3000" * 12 + "村庄清洁行动覆盖率100%\n"
        "发布日期：2025-04-02\n一、推进厕所革命。（牵头单位：县农业农村局）\n"
        "二、治理生活污水。（牵头单位：县住建局）\n三、开展清洁行动。（牵头单位：县农业农村局）\n"
    ).document
    assert doc["title"] == "某县农村人居环境整治提升行动方案"
    assert doc["plan_title"] == "某县农村人居环境整治提升行动方案"
