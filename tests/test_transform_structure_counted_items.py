"""Items numbered 1、 whose text opens with a count ("1、800户农村户厕完成改造") are items; lists of
numbers, months and decimals at a line start are not (transform/numbering._counted_item)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.numbering import match_marker


@pytest.mark.parametrize(
    "line",
    [
        "1、800户农村户厕完成改造，县农业农村局牵头。",
        "2、12.5万亩高标准农田建成投用",
        "3、80%以上行政村实现垃圾分类",
        "4、3000吨冷链仓储项目年底前投产",
        "12、6所中小学校舍改造完成",
    ],
)
def test_an_item_opening_with_a_count_is_numbered(line):
    mk = match_marker(line)
    assert mk is not None and mk.kind == "ar" and str(mk.number) == line.split("、", 1)[0]


@pytest.mark.parametrize(
    "line",
    [
        "5、10、15个百分点的增幅依次递减",  # a list of numbers
        "3、4月份集中开展排查",  # months
        "1、2号楼主体完工",  # the next number of a sequence
        "2、3个乡镇先行试点",
        "1.5亿元用于道路建设",  # a decimal
        "7.8万亩耕地轮作",
    ],
)
def test_numbers_lists_months_and_decimals_are_not_markers(line):
    assert match_marker(line) is None


def _tasks(text: str, **kw) -> dict[tuple, dict]:
    doc = parse_document(text, source=kw.pop("source", "t.txt"), is_text=kw.pop("is_text", True), **kw)
    return {tuple(t["path"]): t for t in doc.tasks}


def test_counted_items_in_a_text_plan_keep_their_tasks_and_targets():
    text = (
        "某县2025年农村人居环境整治实施方案\n"
        "一、重点任务\n"
        "1、800户农村户厕完成改造。牵头单位：县农业农村局\n"
        "2、新建污水处理站5座。牵头单位：县住建局\n"
        "3、1200盏路灯完成节能改造。牵头单位：县城管局\n"
    )
    tasks = _tasks(text)
    assert set(tasks) >= {("一", "1"), ("一", "2"), ("一", "3")}
    assert tasks[("一", "1")]["lead_units"] == ["县农业农村局"]
    assert tasks[("一", "3")]["lead_units"] == ["县城管局"]
    doc = parse_document(text, source="t.txt", is_text=True)
    by_task = {(t["task_id"] or "").rsplit("/", 2)[-1]: t for t in doc.targets}
    assert by_task["1"]["value"] == 800 and by_task["1"]["unit"] == "户"
    assert by_task["3"]["value"] == 1200


def test_counted_items_in_an_html_page():
    page = (
        "<html><head><title>某镇2025年民生实事项目</title></head><body><div id='zoom'>"
        "<p>某镇2025年民生实事项目</p>"
        "<p>1、600套老旧小区住房完成改造（责任单位：镇建设办）</p>"
        "<p>2、2所幼儿园建成开园（责任单位：镇教育办）</p>"
        "<p>3、新增就业岗位300个（责任单位：镇社保所）</p>"
        "</div></body></html>"
    )
    tasks = _tasks(page, source="p.html", is_text=False)
    assert [p[-1] for p in sorted(tasks, key=lambda p: int(p[-1]))] == ["1", "2", "3"]
    assert tasks[("1",)]["lead_units"] == ["镇建设办"]


def test_a_month_list_at_a_line_start_stays_in_its_item():
    text = (
        "某县2025年防汛工作要点\n"
        "1、开展汛前隐患排查。\n"
        "3、4月份集中整治河道堵点，县水利局牵头。\n"
        "2、完善应急预案。\n"
    )
    tasks = _tasks(text)
    assert ("3",) not in tasks
    assert "4月份集中整治" in tasks[("1",)]["body"]
