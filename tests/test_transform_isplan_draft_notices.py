"""A notice that puts a plan before the public while it is drawn up (关于《…规划（征求意见稿）》
公开征求意见的公告, …村庄规划（2021-2035年）公示) is a plan only by the work it prints: the draft's
tasks and targets make it one, a notice that only gives the dates and the ways to comment (or
describes a drawing) does not, whatever plan its title names."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_CONSULT_ONLY = """发布日期：2025-04-08
为广泛听取社会各界意见，现将草案全文公开征求意见。
一、征求意见时间
2025年4月8日至5月7日。
二、意见反馈方式
（一）电子邮件发送至县民政局邮箱。
（二）信函寄至县民政局养老服务股。
三、有关要求
来函请注明姓名和联系方式。
"""

_CONSULT_WITH_DRAFT = """发布日期：2025-04-08
为广泛听取社会各界意见，现将草案全文公布如下，征求意见时间为2025年4月8日至5月7日。
一、发展目标
到2027年，全县养老机构护理型床位占比达到65%，每个乡镇建成区域养老服务中心1个。
二、重点任务
1.完善居家养老服务网络。新建社区养老服务站12个。（牵头单位：县民政局；配合单位：各乡镇人民政府）
2.提升机构照护能力。改造提升敬老院8所。（牵头单位：县民政局）
3.发展老年助餐服务。建成老年食堂30个。（牵头单位：县民政局；配合单位：县市场监管局）
"""

_VILLAGE_DRAWING = """发布日期：2024-11-02
一、规划范围
某村村域面积6.35平方公里。
二、公示内容
（一）村域国土空间用途规划图。
（二）村庄建设边界图。
三、公示时间
2024年11月2日至12月1日。
"""

_VILLAGE_WITH_WORK = """发布日期：2024-11-02
一、规划目标
到2035年，村域耕地保有量不低于3200亩，永久基本农田不低于2800亩。
二、近期建设项目
1.村道硬化。硬化村组道路4.5公里。（实施主体：某村村民委员会）
2.污水治理。建设污水处理设施2处。（实施主体：某镇人民政府）
3.产业配套。建设冷链仓储用房1200平方米。（实施主体：某村股份经济合作社）
"""


@pytest.mark.parametrize(
    "title,body,expected",
    [
        ("关于《某县养老服务体系建设规划（2025-2027年）（征求意见稿）》公开征求意见的公告", _CONSULT_ONLY, False),
        ("关于公开征求《某县养老服务三年行动方案（征求意见稿）》意见的通知", _CONSULT_ONLY, False),
        ("关于《某县养老服务体系建设规划（2025-2027年）（征求意见稿）》公开征求意见的公告", _CONSULT_WITH_DRAFT, True),
        ("某镇某村村庄规划（2021-2035年）公示", _VILLAGE_DRAWING, False),
        ("某镇某村村庄规划（2021-2035年）公示", _VILLAGE_WITH_WORK, True),
        ("某县养老服务体系建设规划（2025-2027年）（征求意见稿）", _CONSULT_WITH_DRAFT, True),
    ],
    ids=[
        "consult-notice-only", "consult-notice-only-other-wording", "consult-with-draft",
        "village-plan-drawing", "village-plan-with-projects", "draft-itself",
    ],
)
def test_a_draft_notice_is_a_plan_only_by_its_work(title, body, expected):
    r = parse_document(title + "\n" + body, source="d.txt", is_text=True)
    assert r.document["is_plan"] is expected
