"""A table of one cell per line whose category rows print a Chinese numeral in the number
column ("一" / "产业项目" over rows 1, 2 …, as a project table's "一 | 产业项目 | | |" row
flattened): the numeral and the name open a heading the rows below nest under; they are no row
of their own and no cells of the row above."""
from __future__ import annotations

from transform.document import parse_document


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


def _flat(rows: list[list[str]], bars: bool) -> str:
    return "".join(f"{c} |\n" if bars else f"{c}\n" for row in rows for c in row)


_HEAD = ["序号", "项目名称", "建设内容", "总投资（万元）", "责任单位", "完成时限"]


def test_numbered_categories_with_rows_counted_on():
    rows = [_HEAD,
            ["一", "产业项目"],
            ["1", "饲料加工项目", "新建生产车间2万平方米。", "12000", "县工信局", "2024年12月"],
            ["2", "冷链物流园", "建设冷库3座。", "8000", "县商务局", "2024年10月"],
            ["二", "民生项目"],
            ["3", "第二中学扩建", "新建教学楼1栋。", "5000", "县教体局", "2024年8月"]]
    tasks = _tasks("某县2024年重点建设项目计划表\n" + _flat(rows, bars=True))
    assert [t["path"] for t in tasks] == [["一", "1"], ["一", "2"], ["二", "3"]]
    assert [t["title"] for t in tasks] == ["饲料加工项目", "冷链物流园", "第二中学扩建"]
    assert [t["lead_units"] for t in tasks] == [["县工信局"], ["县商务局"], ["县教体局"]]


def test_numbered_categories_with_rows_counted_from_one_again():
    rows = [_HEAD,
            ["一", "基础设施"],
            ["1", "城区道路改造", "改造道路6条。", "3000", "区住建局", "2024年11月"],
            ["二", "社会事业"],
            ["1", "社区养老中心", "新建养老中心2个。", "800", "区民政局", "2024年9月"],
            ["2", "全民健身工程", "新建健身路径20处。", "200", "区文体局", "2024年10月"]]
    tasks = _tasks("某区2024年民生实事项目表\n" + _flat(rows, bars=True))
    assert [t["path"] for t in tasks] == [["一", "1"], ["二", "1"], ["二", "2"]]
    assert [t["deadline_text"] for t in tasks] == ["2024年11月", "2024年9月", "2024年10月"]


def test_numbered_categories_without_bars():
    rows = [["序号", "实事项目", "责任单位", "完成时限"],
            ["一", "教育"],
            ["1", "新建幼儿园3所。", "县教育局", "9月底前"],
            ["二", "医疗"],
            ["2", "改造乡镇卫生院5所。", "县卫健局", "11月底前"]]
    tasks = _tasks("某县2024年十件民生实事\n" + _flat(rows, bars=False))
    assert [t["path"] for t in tasks] == [["一", "1"], ["二", "2"]]
    assert [t["lead_units"] for t in tasks] == [["县教育局"], ["县卫健局"]]


def test_chinese_numbered_rows_stay_rows():
    # a table numbered 一, 二 … throughout: each numeral opens a row, not a heading
    rows = [["序号", "实事项目", "责任单位", "完成时限"],
            ["一", "新建幼儿园3所。", "县教育局", "9月底前"],
            ["二", "改造乡镇卫生院5所。", "县卫健局", "11月底前"]]
    tasks = _tasks("某县2024年十件民生实事\n" + _flat(rows, bars=False))
    assert [t["path"] for t in tasks] == [["一"], ["二"]]
    assert [t["lead_units"] for t in tasks] == [["县教育局"], ["县卫健局"]]
