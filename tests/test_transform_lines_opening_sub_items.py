"""An item whose text opens with its first sub-item while the next sub-items open lines of their
own ("19、①关闭…。" / "②改造…。" / "③控制…。"): the item is their parent, ① the first task under it,
as where all its sub-items share the line ("2. ①改造…；②新增…"). A line opening with ① that no ②
follows keeps its text (transform/lines.py `split_inline`)."""

from __future__ import annotations

from transform.document import parse_document


def _doc(lines: list[str]):
    return parse_document("\n".join(lines) + "\n", source="t.txt", is_text=True)


def _paths(doc) -> list[list[str]]:
    return [t["path"] for t in doc.tasks]


def test_circled_sub_items_below_a_line_that_opens_with_the_first():
    doc = _doc(
        [
            "某县2024年河湖长制工作要点",
            "一、重点任务",
            "1.健全河湖长组织体系，实现河湖长制全覆盖。（牵头单位：县河长办）",
            "2、①关闭禁养区内未改造达标的养殖场。",
            "②推进规模养殖场标准化改造。",
            "③控制畜禽养殖总量。（牵头单位：县农业农村局；配合单位：各乡镇）",
            "3.推进黑臭水体治理。（牵头单位：县住建局）",
        ]
    )
    assert _paths(doc) == [["一", "1"], ["一", "2", "①"], ["一", "2", "②"], ["一", "2", "③"], ["一", "3"]]
    assert [t["title"] for t in doc.tasks][1:4] == [
        "关闭禁养区内未改造达标的养殖场",
        "推进规模养殖场标准化改造",
        "控制畜禽养殖总量",
    ]


def test_bracketed_sub_items_of_a_news_style_list():
    doc = _doc(
        [
            "市政府召开常务会议部署今年重点工作",
            "会议明确了以下重点工作：",
            "1.（1）新建城市公园8个，完成城市绿化提升工程。",
            "（2）新增公共停车泊位2000个。",
            "2.（1）改造老旧小区30个。",
            "（2）加装电梯100部。",
        ]
    )
    assert _paths(doc) == [["1", "(1)"], ["1", "(2)"], ["2", "(1)"], ["2", "(2)"]]
    first = doc.tasks[0]
    assert first["title"] == "新建城市公园8个，完成城市绿化提升工程"
    values = {t["value"] for t in doc.targets if t["task_id"] == first["task_id"]}
    assert 8.0 in values


def test_traditional_characters():
    doc = _doc(
        [
            "某縣2023年農村人居環境整治工作方案",
            "二、主要任務",
            "4、①完成農村改廁1500戶。",
            "②新建污水處理設施12座。（責任單位：縣農業農村局）",
            "5.推進村莊清潔行動。",
        ]
    )
    assert _paths(doc) == [["二", "4", "①"], ["二", "4", "②"], ["二", "5"]]
    assert doc.tasks[0]["title"] == "完成農村改廁1500戶"


def test_a_line_opening_with_a_lone_sub_item_keeps_its_text():
    # no ② follows: the ① belongs to the item's text
    doc = _doc(
        [
            "某县2024年重点工作任务",
            "一、城市建设",
            "1.①号楼至⑤号楼外立面改造。",
            "2.推进背街小巷整治。",
        ]
    )
    assert _paths(doc) == [["一", "1"], ["一", "2"]]


def test_sub_items_that_share_the_line_are_split_as_before():
    doc = _doc(
        [
            "某县2024年重点工作任务",
            "一、民生实事",
            "1.①新增普惠性托位300个；②新建社区食堂10个。（牵头单位：县民政局）",
            "2.推进城乡供水一体化。",
        ]
    )
    assert _paths(doc) == [["一", "1", "①"], ["一", "1", "②"], ["一", "2"]]
