"""A 关于…的X title whose kind X is an announcement, a publicity or an explanation (…意见的公告,
…整改情况的公示情况说明, …任务调整情况的说明) is no plan's own name, though plan words (任务, 方案,
意见) stand before its last 的: they name the page's subject. `plan_title` is not the title then
(EXTRACTION.md: the plan's own title, or null); 关于…的实施意见 / 的若干措施 / 的建议 keep it
(lexicons/about_other_kinds.txt, transform/metadata.py `_about_other_kind`)."""

from __future__ import annotations

import pytest

from transform.metadata import plan_title_from


@pytest.mark.parametrize(
    "title",
    [
        "关于青禾区中央生态环境保护督察反馈问题整改任务(序号三)整改情况的公示情况说明",
        "关于公开征求《青禾县城区养犬管理规定（征求意见稿）》意见的公告",
        "关于青禾县2024年重点工作任务完成情况的公示",
        "关于青禾县2024年重点工作任务调整情况的说明",
        "青禾县人民政府关于2025年民生实事项目计划调整的通告",
    ],
)
def test_an_announcement_about_a_plan_names_none(title):
    assert plan_title_from(title, "正文") is None


@pytest.mark.parametrize(
    "title",
    [
        "关于加快推进青禾县现代农业发展的实施意见",
        "关于促进青禾市民营经济高质量发展的若干措施",
        "中共青禾区委关于制定青禾区国民经济和社会发展第十五个五年规划的建议",
        "青禾县2024年重点工作任务",
        "关于青禾县2025年重点工作任务的分解方案",
    ],
)
def test_a_plan_title_stays(title):
    assert plan_title_from(title, "正文") == title


@pytest.mark.parametrize(
    ("title", "plan"),
    [
        (
            "关于《青禾市2023年促进县(区)高质量发展实施方案》(征求意见稿)的公告",
            "青禾市2023年促进县(区)高质量发展实施方案",
        ),
        (
            "关于公开征求《青禾县数字经济三年行动计划（征求意见稿）》意见的公告",
            "青禾县数字经济三年行动计划（征求意见稿）",
        ),
        ("关于公开征求《青禾县城区养犬管理规定（征求意见稿）》意见的公告", None),  # (a rule, no plan)
    ],
)
def test_an_announcement_names_the_plan_it_brackets(title, plan):
    assert plan_title_from(title, "正文") == plan
