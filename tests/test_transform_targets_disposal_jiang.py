"""将 is a commitment cue of a goal line ("该区将投资5亿元"), but not where it is the 将 of disposal,
whose object is made something within its clause ("将保障和改善民生作为出发点", "将推进惠民实事项目列为
全年工作重中之重"): a year-end news page that says so and then reports what was done ("谋划了30个项目，
总投资33.88亿元") commits to nothing (audit round 24A: its results were read as targets).
将把…作为 is still the future (把 is the disposal there)."""

from __future__ import annotations

from transform.document import parse_document
from transform.targets.goals import _COMMIT_RE


def _values(text: str) -> list[float]:
    return [t["value"] for t in parse_document(text, source="n.txt", is_text=True).targets]


def test_disposal_jiang_is_no_commitment_cue():
    assert _COMMIT_RE.search("新区将保障和改善民生作为经济发展的出发点") is None
    assert _COMMIT_RE.search("各单位將推進惠民實事項目列為全年工作重中之重") is None


def test_future_jiang_stays_a_cue():
    assert _COMMIT_RE.search("该区将投资5亿元新建学校3所") is not None
    assert _COMMIT_RE.search("今年将把民生实事作为重点，新建学校5所") is not None
    assert _COMMIT_RE.search("将新建学校5所，作为民生实事") is not None


def test_year_end_news_with_disposal_jiang_gives_no_targets():
    text = (
        "写好民生答卷\n\n"
        "2025年是收官之年。一年来，某新区将保障和改善民生作为经济发展的出发点和落脚点，"
        "围绕教育、医疗等6大板块，谋划了30个惠民实事项目，总投资33.88亿元。\n\n"
        "教育提升板块，共3个项目，包括某高级中学改造工程。\n"
    )
    got = _values(text)
    assert 30.0 not in got and 33.88 not in got, got


def test_news_with_future_jiang_keeps_its_targets():
    text = "某区出台新举措\n\n今年，某区将把教育作为民生头等大事，新建学校5所，新增学位6000个。\n"
    got = _values(text)
    assert 5.0 in got and 6000.0 in got, got
