"""A table printed one cell per paragraph (Hanweb and TRS portals) whose cells keep their own line
breaks: a head broken over two lines ("总投资" / "（万元）", "建设起" / "止年限") is one column, and a
project name broken over two lines ("城市用气" / "提升工程") before its long 建设内容 cell is one
title (transform/texttables.py `_completes_head`, transform/table_wraps.py `join_broken_title`)."""

from __future__ import annotations

from transform.document import parse_document

_PROJECT_HEAD = [
    "序号",
    "项目名称",
    "项目建设规模及内容",
    "建设起",
    "止年限",
    "总投资",
    "(万元)",
    "当年投资",
    "（万元）",
    "资金",
    "来源",
    "责任",
    "单位",
]


def _doc(lines: list[str]):
    return parse_document("\n\n".join(lines) + "\n", source="t.txt", is_text=True)


def _rows() -> list[str]:
    return [
        "1",
        "城区供水",
        "提升工程",
        "改造城区供水管网20公里,新建加压泵站2座,让更多市民用上放心水。",
        "2024.01-2024.12",
        "1200",
        "1200",
        "国企投资",
        "城投集团",
        "2",
        "山塘水库综合整治工程",
        "完成小型水库加固改造6座,消除安全隐患。",
        "2024.01-2024.12",
        "4600",
        "4600",
        "政府投资",
        "水利局",
        "3",
        "生命守护",
        "工程",
        "开展应急救护普及培训,新增应急救护持证人员6800人。",
        "2024.01-2024.12",
        "300",
        "300",
        "政府投资",
        "红十字会",
    ]


def test_a_project_table_with_heads_and_names_broken_over_lines():
    doc = _doc(["2024年市政府民生实事项目实施计划表", *_PROJECT_HEAD, *_rows()])
    assert [t["path"] for t in doc.tasks] == [["1"], ["2"], ["3"]]
    assert [t["title"] for t in doc.tasks] == ["城区供水提升工程", "山塘水库综合整治工程", "生命守护工程"]
    assert [t["lead_units"] for t in doc.tasks] == [["城投集团"], ["水利局"], ["红十字会"]]
    first = doc.tasks[0]["task_id"]
    assert {t["value"] for t in doc.targets if t["task_id"] == first} == {20.0, 2.0}


def test_traditional_characters():
    head = [
        h.replace("项目", "項目").replace("规模", "規模").replace("内容", "內容").replace("总投资", "總投資")
        for h in _PROJECT_HEAD
    ]
    head = [
        h.replace("资金", "資金").replace("来源", "來源").replace("责任", "責任").replace("单位", "單位")
        for h in head
    ]
    head = [h.replace("设", "設").replace("年限", "年限").replace("当年投资", "當年投資") for h in head]
    rows = [
        "1",
        "城區供水",
        "提升工程",
        "改造城區供水管網20公里,新建加壓泵站2座。",
        "2024.01-2024.12",
        "1200",
        "1200",
        "國企投資",
        "城投集團",
    ]
    doc = _doc(["2024年市政府民生實事項目實施計劃表", *head, *rows])
    assert [t["title"] for t in doc.tasks] == ["城區供水提升工程"]
    assert doc.tasks[0]["lead_units"] == ["城投集團"]


def test_a_short_place_cell_after_the_name_is_no_part_of_it():
    # 建设地点 is a column of its own: its short cell stays out of the title
    doc = _doc(
        [
            "2024年十大民生实事项目清单",
            "序号",
            "项目名称",
            "建设地点",
            "建设内容",
            "责任单位",
            "1",
            "城北小学门前道路建设项目",
            "纸坊街道",
            "建成唐塔北路延伸段道路1.2公里。",
            "住建局",
            "2",
            "中小学运动场地改造项目",
            "相关镇",
            "改造学校运动场地5处。",
            "教体局",
        ]
    )
    assert [t["title"] for t in doc.tasks] == ["城北小学门前道路建设项目", "中小学运动场地改造项目"]
    assert [t["lead_units"] for t in doc.tasks] == [["住建局"], ["教体局"]]


def test_a_short_content_cell_is_no_second_line_of_the_name():
    # the 建设内容 cell is short (no sentence) and no long cell follows: nothing is joined
    doc = _doc(
        [
            "2024年民生实事项目责任分解表",
            "序号",
            "项目名称",
            "建设内容",
            "责任单位",
            "完成时限",
            "1",
            "公厕建设工程",
            "新建公厕",
            "县城管局",
            "2024年12月",
            "2",
            "城区绿化提升工程",
            "新增城市绿地5万平方米,建设口袋公园3个。",
            "县住建局",
            "2024年10月",
        ]
    )
    assert [t["title"] for t in doc.tasks] == ["公厕建设工程", "城区绿化提升工程"]
    assert [t["lead_units"] for t in doc.tasks] == [["县城管局"], ["县住建局"]]


def test_a_content_cells_short_first_line_is_no_part_of_the_name():
    # "新建城市书房" opens the 建设内容 cell: the name and it do not end as a project's name
    doc = _doc(
        [
            "2024年民生实事项目责任分解表",
            "序号",
            "项目名称",
            "建设内容",
            "责任单位",
            "1",
            "城市书房",
            "新建城市书房",
            "新建城市书房1个,配合市图书馆完成一卡通项目。",
            "县文广旅局",
        ]
    )
    assert [t["title"] for t in doc.tasks] == ["城市书房"]
