"""专栏 boxes whose heading line is printed in brackets (round 12E): "【专栏2 运输服务提升工程】" opens
a box as "专栏2 运输服务提升工程" does: its items sit under it, and the section above keeps its
own text as a task. Examples are invented."""

from __future__ import annotations

from transform.document import parse_document
from transform.numbering import match_marker


def _tasks(text: str) -> list[tuple[list[str], str | None]]:
    return [(t["path"], t["title"]) for t in parse_document(text, source="x.txt", is_text=True).tasks]


def test_a_box_heading_in_brackets_holds_its_items():
    text = """某县“十五五”交通运输发展规划
第三章 主要任务
第二节 提升运输服务
建成综合客运枢纽2个。
【专栏2 运输服务提升工程】
1.客运枢纽：建成县城综合客运枢纽1个。
2.物流园区：建成物流园区2个。
第三节 推进绿色交通
推广新能源公交车。
"""
    assert _tasks(text) == [
        (["第三章", "第二节"], "提升运输服务"),
        (["第三章", "第二节", "专栏2", "1"], "客运枢纽"),
        (["第三章", "第二节", "专栏2", "2"], "物流园区"),
        (["第三章", "第三节"], "推进绿色交通"),
    ]


def test_square_brackets_and_a_chinese_numeral():
    text = """某区“十五五”文化发展规划
四、主要任务
（一）完善公共文化服务
建成城市书房20个。
［专栏一：公共文化重点工程］
（1）新建城市书房20个。
（2）建设村级文化广场100个。
（二）繁荣文艺创作
"""
    paths = [p for p, _t in _tasks(text)]
    assert ["四", "(一)", "专栏一", "(1)"] in paths and ["四", "(一)", "专栏一", "(2)"] in paths


def test_a_box_without_items_is_a_task_titled_without_the_bracket():
    text = """某县“十五五”交通运输发展规划
第三章 主要任务
第三节 推进绿色交通
推广新能源公交车。
【专栏3 绿色交通工程】
新能源公交车占比达到90%。
"""
    assert (["第三章", "第三节", "专栏3"], "绿色交通工程") in _tasks(text)


def test_bracketed_lines_that_are_no_boxes():
    assert match_marker("【专栏】") is None
    assert match_marker("【专栏作者】") is None
    assert match_marker("【专栏2 运输服务提升工程") is None  # (no closing bracket: no heading line)
    assert match_marker("【专题】1.完善网络") is None
