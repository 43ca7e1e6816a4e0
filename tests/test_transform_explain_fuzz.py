"""`--explain` on mutated pages and odd texts: it never raises, never changes the parse, and every
kept number is a target row. Property-based (hypothesis)."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planwatch.cli.explain import write_json, write_text
from transform.document import parse_document
from transform.explain_report import explain_document

FIX = Path(__file__).parent / "fixtures" / "transform"
PAGES = [p.read_bytes() for p in sorted(FIX.iterdir()) if p.is_file()]
# invented fragments of plan language, glued at random
PIECES = [
    "一、", "（二）", "3.", "①", "新建", "公园", "2个", "达到", "95%以上", "2025年", "6月底前", "〔2024〕5号",
    "（牵头单位：县住建局；配合单位：县财政局）", "已完成", "占地", "300亩", "比2023年增长", "8%", "\n", "。",
    "，", "|", "序号 | 工作任务 | 牵头单位", "电话0371-1234567", "\u202e", "\x1b[2J", "第3名", "每年",
]


def _mutate(data: bytes, cuts: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for pos, length, insert in cuts:
        pos %= max(1, len(out))
        out[pos : pos + length] = insert
    return bytes(out)


def _same(content, is_text: bool) -> list[dict]:
    plain = parse_document(content, source="m", is_text=is_text)
    traced, events = explain_document(content, source="m", is_text=is_text)
    for table in ("document", "tasks", "task_units", "targets"):
        assert getattr(traced, table) == getattr(plain, table)
    kept = [e for e in events if e["kind"] == "number" and e["status"] == "kept"]
    assert [e["target_id"] for e in kept] == [t["target_id"] for t in plain.targets]
    out = io.StringIO()
    write_text(events, out)
    write_json(events, out)
    assert "\u202e" not in out.getvalue() and "\x1b" not in out.getvalue()
    return events


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.sampled_from(range(len(PAGES))),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 50), st.binary(max_size=20)), max_size=8),
    st.booleans(),
)
def test_mutated_pages_explain_without_changing_the_parse(idx, cuts, is_text):
    _same(_mutate(PAGES[idx], cuts), is_text)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_texts_glued_from_plan_words_explain_without_changing_the_parse(pieces):
    _same("".join(pieces), True)
