"""`planwatch parse --explain FILE` end to end: the readable report, `--json` lines, text from
the page made safe for a terminal, unreadable files. Fresh processes, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FIX = Path(__file__).parent / "fixtures" / "transform"

PLAN = """某镇人民政府关于印发2025年重点工作任务的通知
各村（社区）、镇直各单位：
现将《2025年重点工作任务》印发给你们，请抓好落实。
一、产业发展
1.新建高标准农田1.2万亩，6月底前完成。（牵头单位：镇农业服务中心；配合单位：镇财政所）
2.2024年全镇粮食产量达到3万吨。新建冷链仓储设施2处。
二、保障措施
按照镇党发〔2025〕4号文件要求，联系电话0351-6123456。
"""


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    repo = Path(__file__).resolve().parent.parent
    return subprocess.run(
        [sys.executable, "-m", "planwatch.cli", "parse", "--explain", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(repo)},
    )


def test_the_report_shows_metadata_tasks_units_and_every_number(tmp_path, repo_root):
    page = tmp_path / "plan.txt"
    page.write_text(PLAN, encoding="utf-8")
    r = _run(str(page), cwd=repo_root)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert out.startswith(f"== {page}")
    assert "-- metadata" in out and "plan_start_year: 2025" in out
    assert "-- structure" in out and "_is_closing" in out
    assert "-- task 一/1" in out
    assert "unit clause: label (lead) -> 镇农业服务中心" in out
    assert "deadline: 2025-06-30 (6月底前) <- deadlines._from_text" in out
    assert "KEPT    1.2万亩" in out and "comparator =" in out
    assert "DROPPED 3万吨" in out and "past_figure" in out
    assert "DROPPED 2024年" in out and "year_mention" in out


def test_json_lines_parse_and_cover_every_kind(tmp_path, repo_root):
    page = tmp_path / "plan.txt"
    page.write_text(PLAN, encoding="utf-8")
    r = _run("--json", str(page), cwd=repo_root)
    assert r.returncode == 0, r.stderr
    events = [json.loads(line) for line in r.stdout.splitlines()]
    kinds = {e["kind"] for e in events}
    assert kinds == {"document", "metadata", "structure", "task", "units", "number"}
    assert events[0]["kind"] == "document" and events[0]["n_tasks"] == 2
    assert events[0]["source"] == str(page) and all(e["input"] == str(page) for e in events[1:])
    kept = [e for e in events if e["kind"] == "number" and e["status"] == "kept"]
    assert {e["value"] for e in kept} == {1.2, 2.0}
    assert all(e["target_id"] and e["rules"]["comparator"] for e in kept)
    dropped = {e["number"]: e["rule"] for e in events if e["kind"] == "number" and e["status"] == "dropped"}
    assert dropped["3万吨"] == "past_figure"


def test_an_html_page_is_explained_too(repo_root):
    r = _run(str(FIX / "hanweb_plan.html"), cwd=repo_root)
    assert r.returncode == 0, r.stderr
    assert "-- task " in r.stdout and "KEPT" in r.stdout


def test_control_and_bidi_characters_from_the_page_never_reach_the_terminal(tmp_path, repo_root):
    hostile = PLAN.replace("新建高标准农田", "新建\x1b[31m高标准\u202e农田\x07")
    page = tmp_path / "hostile.txt"
    page.write_text(hostile, encoding="utf-8")
    for args in ((str(page),), ("--json", str(page))):
        r = _run(*args, cwd=repo_root)
        assert r.returncode == 0, r.stderr
        for bad in ("\x1b", "\u202e", "\x07"):
            assert bad not in r.stdout
        assert "新建" in r.stdout


def test_an_unreadable_file_is_reported_and_the_others_explained(tmp_path, repo_root):
    page = tmp_path / "plan.txt"
    page.write_text(PLAN, encoding="utf-8")
    r = _run(str(tmp_path / "missing.txt"), str(page), cwd=repo_root)
    assert r.returncode == 1
    assert "missing.txt: no such file" in r.stderr
    assert "-- task 一/1" in r.stdout


def test_explain_writes_no_tables_and_needs_no_out(tmp_path, repo_root):
    page = tmp_path / "plan.txt"
    page.write_text(PLAN, encoding="utf-8")
    r = _run(str(page), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.txt"]


def test_in_process_the_report_goes_to_stdout(tmp_path, capsys):
    from planwatch.cli import main

    page = tmp_path / "plan.txt"
    page.write_text(PLAN, encoding="utf-8")
    assert main(["parse", "--explain", "--json", str(page)]) == 0
    lines = capsys.readouterr().out.splitlines()
    tasks = [json.loads(x) for x in lines if '"kind": "task"' in x]
    assert [t["path"] for t in tasks] == ["一/1", "一/2"]
    assert tasks[0]["marker"].startswith("ar") and tasks[0]["deadline_rule"].startswith("deadlines.")


def test_the_explain_setting_can_come_from_the_environment(tmp_path, repo_root, monkeypatch, capsys):
    from planwatch.cli import main

    page = tmp_path / "plan.txt"
    page.write_text(PLAN, encoding="utf-8")
    monkeypatch.setenv("PLANWATCH_PARSE_EXPLAIN", "true")
    assert main(["parse", str(page)]) == 0
    assert "-- task 一/1" in capsys.readouterr().out


def test_json_without_explain_prints_the_tables(tmp_path, capsys):
    from planwatch.cli import main

    page = tmp_path / "plan.txt"
    page.write_text(PLAN, encoding="utf-8")
    assert main(["parse", "--json", str(page)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert len(payload["tasks"]) == 2


def test_plan_files_are_explained_from_the_text_the_parser_reads(tmp_path, repo_root):
    """A DOCX and a ZIP holding an XLSX: the report covers their tasks and numbers; a scanned
    PDF is one line on stderr with its status (exit 1)."""
    from testbed.sites import attachfiles as af

    rows = [
        ["序号", "工作任务", "牵头单位", "完成时限"],
        ["1", "新建污水处理站3座", "县住建局", "2025年9月底前"],
        ["2", "改造农村公路45公里", "县交通局", "2025年11月底前"],
    ]
    (tmp_path / "plan.docx").write_bytes(af.docx_bytes([("p", "某县2025年重点工作任务分解表"), ("t", rows)]))
    (tmp_path / "more.zip").write_bytes(af.zip_bytes([("分解表.xlsx", af.xlsx_bytes([("Sheet1", rows, [])]))]))
    (tmp_path / "scan.pdf").write_bytes(af.scanned_pdf_bytes())
    r = _run("--json", "plan.docx", "more.zip", "scan.pdf", cwd=tmp_path)
    assert r.returncode == 1
    assert "scan.pdf: scanned" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    events = [json.loads(line) for line in r.stdout.splitlines()]
    inputs = {e.get("input") for e in events}
    assert "plan.docx" in inputs and "more.zip/分解表.xlsx" in inputs
    text = json.dumps(events, ensure_ascii=False)
    assert "县住建局" in text and "45" in text
