"""A count glued to the things whose rate its clause then sets is the scope of the rate, not a
target (spec: counts that only describe the scope of existing things): 力争N个县…普及率达到M%,
N个考核断面水质优良比例达到M%. The count stays a target when a verb before it builds what it
counts, or when the rate only qualifies a noun after it. Examples are invented."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[tuple[float, str]]:
    return [(r["value"], r["unit"]) for r in extract_targets(text, annual_year=2026)]


@pytest.mark.parametrize("text, rows", [
    ("力争58个县农村规模化供水工程覆盖人口比例达到85%以上。", [(85, "%")]),
    ("到2030年，全流域14个国控断面水质优良比例稳定在92.9%以上。", [(92.9, "%")]),
    ("确保6个重点园区工业固废综合利用率不低于80%。", [(80, "%")]),
    ("推动23个乡镇（街道）生活垃圾分类覆盖率达到100%，新建转运站3座。", [(100, "%"), (3, "座")]),
    ("2026年，全市30个重点湖库水质达标率均达到90%。", [(90, "%")]),
])
def test_count_of_measured_things_is_scope(text, rows):
    assert _values(text) == rows


@pytest.mark.parametrize("text, count", [
    ("建成12个污水集中收集率达到90%的示范片区。", (12, "个")),
    ("培育8家研发投入占比达到5%以上的企业。", (8, "家")),
    ("新建5个示范区，覆盖率达到90%。", (5, "个")),
    ("力争30个村集体经济收入达到10万元以上。", (30, "个")),
])
def test_built_or_qualified_counts_stay(text, count):
    assert count in _values(text)


def test_the_rate_keeps_its_comparator_and_year():
    (row,) = extract_targets("到2028年，力争40个县（市、区）城市生活污水集中收集率达到75%以上。")
    assert (row["value"], row["unit"], row["comparator"], row["year"]) == (75, "%", ">=", 2028)
