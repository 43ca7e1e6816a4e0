"""Headerless tables of whitespace-separated cells (a PDF table whose header row is on another
page, or lost): numbered rows 1, 2 … each holding a sentence and a unit, person or deadline cell
are a task table; a numbered category cell right after the number ("一、…") opens a heading the
rows nest under, and a person's name run into the deadline ("张三2024年底前") is no part of the
units. Numbered prose lines stay prose."""

from __future__ import annotations

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="t.txt", is_text=True)


def test_category_cells_inside_the_rows_become_headings():
    r = _parse(
        "1 一、发展目标 全县居民人均可支配收入增长6%。 县统计局 赵某 2025年底前 1234567\n"
        "2 粮食播种面积稳定在80万亩以上。 县农业农村局 钱某 2025年底前 1234568\n"
        "3 二、产业发展 新增规模以上工业企业20家。 县工信局 孙某 2025年底前 1234569\n"
        "4 建成标准化厂房10万平方米。 县工信局 县住建局 孙某 李某 2025年6月底前 1234570\n"
    )
    assert [t["path"] for t in r.tasks] == [["一", "1"], ["一", "2"], ["二", "3"], ["二", "4"]]
    assert r.tasks[0]["title"] == "全县居民人均可支配收入增长6%"
    assert r.tasks[0]["lead_units"] == ["县统计局"]
    assert r.tasks[3]["lead_units"] == ["县工信局", "县住建局"]
    assert r.tasks[3]["deadline_text"] == "2025年6月底前"


def test_a_person_run_into_the_deadline_is_split_off():
    r = _parse(
        "1 二、城乡建设 改造老旧小区15个。 市住建局 周某某2026年底前\n"
        "2 新建城市绿道30公里。 市园林局 吴某2026年9月底前\n"
    )
    assert [t["path"] for t in r.tasks] == [["二", "1"], ["二", "2"]]
    assert r.tasks[0]["lead_units"] == ["市住建局"]
    assert r.tasks[0]["deadline_text"] == "2026年底前"
    assert r.tasks[1]["deadline_text"] == "2026年9月底前"


def test_rows_without_categories_under_a_heading():
    r = _parse(
        "某镇2024年民生实事项目\n"
        "1 建设村级养老服务站5个 镇民政办 2024年12月\n"
        "2 完成农村公路提档升级20公里 镇交通站 2024年10月\n"
        "3 新增公益性岗位50个 镇社保所 2024年12月\n"
    )
    assert [t["path"] for t in r.tasks] == [["1"], ["2"], ["3"]]
    assert r.tasks[1]["title"] == "完成农村公路提档升级20公里"
    assert r.tasks[1]["lead_units"] == ["镇交通站"]
    assert r.tasks[2]["lead_units"] == ["镇社保所"]


def test_numbered_prose_lines_stay_prose():
    r = _parse(
        "某县关于做好防汛工作的通知\n"
        "一、工作要求\n"
        "1 各乡镇要 加强组织领导，落实防汛责任。\n"
        "2 各部门要 做好物资储备，确保汛期安全。\n"
    )
    assert [t["title"] for t in r.tasks] == [
        "各乡镇要 加强组织领导，落实防汛责任",
        "各部门要 做好物资储备，确保汛期安全",
    ]
    assert all(not t["lead_units"] for t in r.tasks)


def test_a_spaced_table_led_by_a_category_column_with_numbers_in_the_content_cell():
    r = _parse(
        "类别 实事名称 年度目标 责任单位 分管领导 工作进展\n"
        "二、医疗卫生 5.建设社区卫生服务站 新建社区卫生服务站6个。 县卫健局 郑某 已选址4处， 2处在建。\n"
        "6.推进家庭医生签约 重点人群签约率达到80%。 县卫健局 郑某 签约率 已达72%。\n"
        "三、交通出行 7.改造公交站台 改造公交站台40座。 县交通运输局 冯某 已完成 15座。\n"
    )
    assert [t["path"] for t in r.tasks] == [["二", "5"], ["二", "6"], ["三", "7"]]
    assert [t["title"] for t in r.tasks] == ["建设社区卫生服务站", "推进家庭医生签约", "改造公交站台"]
    assert all(
        t["lead_units"] == [u] for t, u in zip(r.tasks, ["县卫健局", "县卫健局", "县交通运输局"], strict=True)
    )
    assert sorted((g["value"], g["unit"]) for g in r.targets) == [(6, "个"), (40, "座"), (80, "%")]


def test_a_spaced_category_table_in_another_wording():
    r = _parse(
        "领域 项目名称 建设内容 牵头单位 完成时限\n"
        "一、城乡建设 1.老旧小区改造 改造老旧小区12个。 区住建局 2025年底\n"
        "2.口袋公园建设 新建口袋公园8处。 区园林局 2025年10月\n"
        "附件2\n"
    )
    assert [t["path"] for t in r.tasks] == [["一", "1"], ["一", "2"]]
    assert r.tasks[1]["lead_units"] == ["区园林局"]
    assert r.tasks[1]["deadline_text"] == "2025年10月"


def test_a_task_cell_broken_by_spaces_is_joined_in_a_spaced_table():
    r = _parse(
        "序号 类别 主要任务 具体措施 牵头单位 配合单位\n"
        "1 推进节能降 碳 压减燃煤消费总量 关停小锅炉30台，淘汰落后产能。 县发改局 县生态环境分局\n"
        "2  强化建筑 节能改造 工作 完成既有建筑节能改造5万平方米。 县住建局 县财政局\n"
        "3   推广新能源公交车。更新公交车辆60辆。 县交通运输局 县财政局\n"
    )
    assert [t["path"] for t in r.tasks] == [["1"], ["2"], ["3"]]
    assert [t["title"] for t in r.tasks] == ["压减燃煤消费总量", "强化建筑 节能改造 工作", "推广新能源公交车"]
    assert r.tasks[1]["lead_units"] == ["县住建局"]
    assert r.tasks[1]["participating_units"] == ["县财政局"]


def test_whole_short_cells_of_a_spaced_table_stay_apart():
    r = _parse(
        "序号 类别 工作任务 工作内容 责任单位\n"
        "1 产业发展 培育龙头企业 新增市级龙头企业5家。 区农业农村局\n"
        "2 乡村建设 改善人居环境 完成改厕1200户。 区农业农村局\n"
    )
    assert [t["title"] for t in r.tasks] == ["培育龙头企业", "改善人居环境"]
    assert [t["section"] for t in r.tasks] == ["产业发展", "乡村建设"]


def test_header_cells_broken_by_a_space_are_joined():
    r = _parse(
        "序号 工作任务 责任 单位 完成 时限\n"
        "1 改造老旧供水管网25公里。 县水务局 2025年底\n"
        "2 新建集中供水工程8处。 县水务局 2025年10月\n"
    )
    assert [t["lead_units"] for t in r.tasks] == [["县水务局"], ["县水务局"]]
    assert r.tasks[1]["deadline_text"] == "2025年10月"


def test_a_leader_header_broken_by_a_space_stays_out_of_the_units():
    r = _parse(
        "序号 项目名称 目标任务 牵头 领导 责任单位 完成时限\n"
        "1 城区供水管网改造 改造老旧供水管网25公里。 陈某某 县水务局 2025年底\n"
        "2 农村饮水安全巩固 新建集中供水工程8处。 陈某某 县水务局 2025年10月\n"
    )
    assert [t["lead_units"] for t in r.tasks] == [["县水务局"], ["县水务局"]]
    assert [t["title"] for t in r.tasks] == ["城区供水管网改造", "农村饮水安全巩固"]


def test_circled_items_of_a_spaced_cell_stay_one_cell():
    r = _parse(
        "序号 项目名称 具体任务 责任单位 进展情况\n"
        "1 全民健身设施提升工程 ①新建健身步道10公里。 ②更新健身路径30处。 县体育局 ①已完成4公里。 ②已完成12处。\n"
        "2 城乡公交一体化工程 开通城乡公交线路5条。 县交通运输局 已开通2条。\n"
    )
    assert [t["path"] for t in r.tasks] == [["1", "①"], ["1", "②"], ["2"]]
    assert r.tasks[1]["title"] == "更新健身路径30处"
    assert r.tasks[1]["lead_units"] == ["县体育局"]
    assert sorted((g["value"], g["unit"]) for g in r.targets) == [(5, "条"), (10, "公里"), (30, "处")]


def test_units_apart_by_spaces_give_one_lead_and_the_rest_take_part():
    r = _parse(
        "序号 工作任务 牵头单位 责任单位 完成时限\n"
        "1 建成区级养老服务中心1个。 区民政局 区财政局 区住建局 2025年底\n"
        "2 新增托育机构3家。 区卫健局 区教育局 各街道办事处 2025年10月\n"
        "3 开展老年人健康体检2万人次。 区卫健局 各街道办事处 2025年12月\n"
    )
    assert [t["lead_units"] for t in r.tasks] == [["区民政局"], ["区卫健局"], ["区卫健局"]]
    assert r.tasks[0]["participating_units"] == ["区财政局", "区住建局"]
    assert r.tasks[1]["participating_units"] == ["区教育局", "各街道办事处"]
    assert r.tasks[2]["participating_units"] == ["各街道办事处"]
