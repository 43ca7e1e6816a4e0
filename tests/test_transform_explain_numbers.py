"""`--explain` for the numbers of a text: each number KEPT with its fields or DROPPED with the
rule that dropped it (transform/explain.py, transform/explain_report.py). Invented examples."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from transform.explain import TRACE, tracing
from transform.explain_report import RULE_WORDS, number_events
from transform.targets import extract_targets

REPO = Path(__file__).resolve().parent.parent


def _events(text: str, **years) -> list[dict]:
    with tracing() as rec:
        extract_targets(text, **years)
    return [e for tr in rec.texts for e in number_events(tr, None)]


def _one(events: list[dict], number: str) -> dict:
    found = [e for e in events if e["number"] == number]
    assert len(found) == 1, [(e["number"], e["rule"]) for e in events]
    return found[0]


# (text, the number as printed, the rule that drops it, plan year)
DROPPED = [
    ("按照某县政办发〔2024〕3号文件要求，新建公园2个。", "3号", "_NUM_PRE_RE", None),
    ("按照某县政办发〔2024〕3号文件要求，新建公园2个。", "2024", "bare_number", None),
    ("2024年6月30日前，新建口袋公园2个。", "6月", "_NUM_PRE_RE", None),
    ("2024年6月30日前，新建口袋公园2个。", "30日", "_NUM_PRE_RE", None),
    ("2024年6月30日前，新建口袋公园2个。", "2024年", "year_mention", None),
    ("群众可拨打咨询电话0391-87654321反映问题，新建驿站3个。", "0391-87654321", "bare_number", None),
    ("2023年，全镇农业总产值达到12亿元。新建冷库2座。", "12亿元", "past_figure", 2024),
    ("项目占地120亩，总投资2.5亿元。", "120亩", "descriptor", None),
    ("目前已完成85%，年底前全部完工。", "85%", "progress", None),
    ("年度考核（2分），组织实施有力。", "2分", "_is_weight", None),
    ("争创全市第2名，新建充电桩40个。", "2名", "before_number", None),
    ("在全镇9个行政村开展宣传。", "9个", "_is_scope", None),
    ("对首次入规的企业给予一次性奖励5万元。", "5万元", "incentive", None),
    ("污水处理率由60%提高到85%。", "60%", "baseline_value", None),
    ("推广应用5G技术。", "5", "bare_number", None),
]


@pytest.mark.parametrize(("text", "number", "rule", "year"), DROPPED)
def test_a_dropped_number_shows_its_rule_and_reason(text, number, rule, year):
    e = _one(_events(text, annual_year=year), number)
    assert e["status"] == "dropped"
    assert e["rule"] == rule
    assert e["reason"]  # every rule says why in words
    assert e["snippet"].replace("…", "") in text
    assert text.find(number) == e["position"]


def test_a_kept_target_shows_its_fields_and_the_rules_behind_them():
    text = "到2026年，全县林木覆盖率稳定在32%以上。"
    e = _one(_events(text), "32%以上")
    assert e["status"] == "kept"
    assert (e["value"], e["unit"], e["comparator"], e["year"]) == (32.0, "%", ">=", 2026)
    assert "林木覆盖率" in e["indicator"]
    assert "以上" in e["rules"]["comparator"] and "SUFFIX_CMP" in e["rules"]["comparator"]
    assert "2026" in e["rules"]["year"]


def test_the_year_of_an_annual_plan_is_named_as_the_rule():
    e = _one(_events("新建标准化厂房3万平方米。", annual_year=2025), "3万平方米")
    assert e["year"] == 2025 and "annual plan" in e["rules"]["year"]


def test_position_and_line_point_at_the_number():
    text = "一是完善机制。\n二是新建幼儿园4所。"
    e = _one(_events(text), "4所")
    assert e["line"] == 2 and text[e["position"] :].startswith("4所")


def test_every_number_in_the_text_is_reported_once():
    text = "2025年6月底前，按照〔2025〕7号文要求，完成改造老旧小区15个，惠及居民3000户。"
    events = _events(text)
    digits = re.findall(r"\d+", text)
    starts = sorted(e["position"] for e in events)
    assert len(starts) == len(set(starts))
    covered = "".join(e["number"] for e in events)
    for d in digits:
        assert d in covered


def test_the_recorder_is_off_outside_a_tracing_block_and_in_other_contexts():
    import contextvars

    assert TRACE.get() is None
    with tracing() as rec:
        assert TRACE.get() is rec
        # a fresh context (another thread, another task) does not report here
        assert contextvars.Context().run(TRACE.get) is None
        extract_targets("新建公园2个。")
    assert TRACE.get() is None
    assert len(rec.texts) == 1


def _returned_rules(path: Path, func: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    fn = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == func)
    return {
        r.value.value
        for r in ast.walk(fn)
        if isinstance(r, ast.Return) and isinstance(r.value, ast.Constant) and isinstance(r.value.value, str)
    }


def test_every_exclusion_and_scan_rule_has_words_and_can_be_grepped():
    """The rule names are literals in the code that applies them: a contributor greps the name."""
    targets = REPO / "transform" / "targets"
    rules = _returned_rules(targets / "exclusions.py", "_drop_by_context")
    rules |= _returned_rules(targets / "exclusions.py", "_bare_or_chinese") - {""}
    rules -= {""}
    assert {"before_number", "descriptor", "_is_scope", "bare_number"} <= rules
    scan = (targets / "scan.py").read_text(encoding="utf-8")
    scan_rules = set(re.findall(r'drops\.append\(\(start, qend, "(\w+)"\)\)', scan))
    assert {"bare_number", "glued_before", "masked"} <= scan_rules
    source = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "transform").rglob("*.py"))
    for rule in rules | scan_rules:
        assert rule in RULE_WORDS, rule
        assert f'"{rule}"' in source or f"def {rule}" in source, rule


@pytest.mark.parametrize(
    ("text", "number", "indicator", "rule"),
    [
        ("工业增加值、税收收入分别增长9%、7%。", "7%", "税收收入", "_paired_subject"),
        ("粮食总产量：达到12万吨。", "12万吨", "粮食总产量", "_label_before"),
        ("网络零售额突破8亿元，同比增长20%。", "20%", "网络零售额", "previous target"),
        ("新建村级综合服务站6个。", "6个", "村级综合服务站", "indicators._indicator"),
    ],
)
def test_the_indicator_names_the_step_that_found_it(text, number, indicator, rule):
    e = _one(_events(text), number)
    assert e["status"] == "kept" and indicator in e["indicator"]
    assert rule in e["rules"]["indicator"]


def test_change_and_baseline_name_their_rules():
    e = _one(_events("农村居民人均可支配收入比2024年增长7%。"), "7%")
    assert e["change"] == "increase" and "_change" in e["rules"]["change"]
    assert e["baseline_year"] == 2024 and "_baseline" in e["rules"]["baseline_year"]
