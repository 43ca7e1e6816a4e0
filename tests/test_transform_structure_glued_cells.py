"""A PDF converted to text glues a unit cell to the next cell when the unit list fills its column
("市政局、各街道已进场施工，完成60%。"): in a space-separated table row the unit list is split off
the progress or note that follows it, so the units reach their column and the progress stays out."""

from __future__ import annotations

from transform.document import parse_document


def _tasks(text: str):
    return parse_document(text, source="t.txt", is_text=True).tasks


def test_a_participating_unit_list_glued_to_the_progress_cell():
    text = (
        "某区2025年民生实事项目推进情况\n"
        "序号 实事项目 分管领导 牵头单位 协同单位 推进情况\n"
        "1 新建社区养老服务站12个。 张明 区民政局 区财政局 各街道 已建成8个。\n"
        "2 改造背街小巷40条。 李华 区城管局 区住建局、区交通局、各街道已进场施工，完成60%。\n"
    )
    tasks = _tasks(text)
    assert [t["path"] for t in tasks] == [["1"], ["2"]]
    assert tasks[1]["lead_units"] == ["区城管局"]
    assert tasks[1]["participating_units"] == ["区住建局", "区交通局", "各街道"]


def test_a_lead_unit_glued_to_the_deadline_note_stays_apart():
    text = (
        "序号 工作任务 牵头单位 配合单位 进展情况\n"
        "1 建设城市书房10个。 县文旅局 各乡镇、县财政局正在选址。\n"
        "2 开展全民健身活动50场。 县体育局 县教育局 已举办20场。\n"
    )
    tasks = _tasks(text)
    assert [t["participating_units"] for t in tasks] == [["各乡镇", "县财政局"], ["县教育局"]]
