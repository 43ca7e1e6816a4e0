"""专栏 boxes of whole plans (issue 15, round 7C). A box ("专栏1 综合交通重点工程") belongs to
the heading open above it, not to the numbered item printed before it; it is a level of the
path labelled as printed ("专栏1"): its numbered items are tasks under it (they restart at 1
without clashing with the items before the box), and a box without numbered items is a task
itself (it names projects), holding its figures. A section whose only sub-items are boxes keeps
its own text as a task. Examples are invented."""

from __future__ import annotations

from transform.document import parse_document
from transform.numbering import match_marker


def _parse(text: str):
    parsed = parse_document(text, source="x.txt", is_text=True)
    paths = {t["task_id"]: t["path"] for t in parsed.tasks}
    tasks = [(t["path"], t["title"]) for t in parsed.tasks]
    targets = [(paths.get(g["task_id"]), g["value"], g["unit"]) for g in parsed.targets]
    return tasks, targets


def test_box_markers():
    for line, label in [
        ("专栏1 综合交通重点工程", "专栏1"),
        ("专栏 3：重大平台建设工程", "专栏3"),
        ("专栏五　乡村振兴重点项目", "专栏五"),
        ("专栏2-1 新型基础设施", "专栏2-1"),
        ("专栏 重大项目布局", "专栏"),
        ("专栏1 2024年重点项目", "专栏1"),
    ]:
        mk = match_marker(line)
        assert mk is not None and mk.kind == "box" and mk.label == label, line
    for line in [
        "专栏介绍了全县交通运输的发展成就。",
        "专栏作者某某",
        "专项资金5000万元",
        "专栏",
        "专栏：乡村振兴进行时",
    ]:
        assert match_marker(line) is None, line


def test_a_box_after_numbered_items_belongs_to_their_heading():
    text = """某县“十四五”交通运输发展规划
一、发展目标
到2025年，全县公路总里程达到3000公里。
二、主要任务
（一）完善综合交通网络
1.加快高速公路建设。推进某某高速公路前期工作。
2.提升国省干线。改造国省干线100公里。
专栏1 综合交通重点工程
高速公路：建成某某高速公路45公里。
农村公路：新改建农村公路500公里，完成危桥改造20座。
（二）提升运输服务水平
1.发展城乡客运。开通城乡公交线路10条。
专栏2 运输服务重点工程
1.客运枢纽工程。新建县城客运站1个。
2.物流园区工程。建成物流园区2个。
"""
    tasks, targets = _parse(text)
    assert tasks == [
        (["二", "(一)", "1"], "加快高速公路建设"),
        (["二", "(一)", "2"], "提升国省干线"),
        (["二", "(一)", "专栏1"], "综合交通重点工程"),
        (["二", "(二)", "1"], "发展城乡客运"),
        (["二", "(二)", "专栏2", "1"], "客运枢纽工程"),
        (["二", "(二)", "专栏2", "2"], "物流园区工程"),
    ]
    assert (["二", "(一)", "2"], 100.0, "公里") in targets
    assert (["二", "(一)", "专栏1"], 45.0, "公里") in targets
    assert (["二", "(一)", "专栏1"], 20.0, "座") in targets
    assert (["二", "(二)", "专栏2", "2"], 2.0, "个") in targets


def test_a_section_of_prose_with_a_box_is_a_task_beside_the_box():
    text = """某市“十四五”科技创新规划
第一章 总体要求
到2025年，全社会研发经费投入强度达到2.5%。
第二章 建设创新平台
第一节 培育创新主体
实施高新技术企业培育工程，高新技术企业达到300家。
第二节 建设研发机构
新增省级以上研发机构20个。
专栏1 创新平台重点工程
（一）实验室建设工程。建设市级重点实验室10个。
（二）中试基地工程。建成中试基地3个。
第三章 引育创新人才
第一节 引进高层次人才
引进高层次人才200名。
"""
    tasks, targets = _parse(text)
    assert tasks == [
        (["第二章", "第一节"], "培育创新主体"),
        (["第二章", "第二节"], "建设研发机构"),
        (["第二章", "第二节", "专栏1", "(一)"], "实验室建设工程"),
        (["第二章", "第二节", "专栏1", "(二)"], "中试基地工程"),
        (["第三章", "第一节"], "引进高层次人才"),
    ]
    assert (["第二章", "第二节"], 20.0, "个") in targets
    assert (["第二章", "第二节", "专栏1", "(一)"], 10.0, "个") in targets


def test_numbering_that_runs_on_after_a_box_leaves_it():
    text = """某县“十四五”水利发展规划
三、主要任务
（一）完善防洪体系
1.加固堤防。加固河道堤防30公里。
2.治理山洪沟。治理山洪沟12条。
专栏3 防洪重点工程
（1）某某河治理工程：治理河长15公里。
（2）病险水库除险加固工程：加固水库8座。
3.建设蓄滞洪区。建设蓄滞洪区1处。
（二）保障供水安全
1.建设水源工程。新建中型水库1座。
"""
    tasks, targets = _parse(text)
    assert tasks == [
        (["三", "(一)", "1"], "加固堤防"),
        (["三", "(一)", "2"], "治理山洪沟"),
        (["三", "(一)", "专栏3", "(1)"], "某某河治理工程"),
        (["三", "(一)", "专栏3", "(2)"], "病险水库除险加固工程"),
        (["三", "(一)", "3"], "建设蓄滞洪区"),
        (["三", "(二)", "1"], "建设水源工程"),
    ]
    assert (["三", "(一)", "专栏3", "(2)"], 8.0, "座") in targets


def test_a_box_whose_own_items_go_on_keeps_them():
    text = """某县“十四五”水利发展规划
三、主要任务
（一）完善防洪体系
1.加固堤防。加固河道堤防30公里。
专栏3 防洪重点工程
1.某某河治理工程。治理河长15公里。
2.病险水库除险加固工程。加固水库8座。
（二）保障供水安全
1.建设水源工程。新建中型水库1座。
"""
    tasks, _ = _parse(text)
    assert (["三", "(一)", "专栏3", "2"], "病险水库除险加固工程") in tasks
