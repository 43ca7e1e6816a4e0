"""Extraction on the audit corpus: 826 invented pages written the ways real portals print plans.

Rounds 38 and 39 wrote them to find what the parser still read wrong on plans nobody had tuned
to: whole plans with annex tables, town-level work lists, news reposts and traditional-character
mirrors, HTML detail pages of several CMS templates, PDF conversions, 督办, 考核 and 整改 tables,
政府工作报告, meeting and 交办 lists (one file per page in tests/fixtures/audit, its answer in
gold/, named by the pass that wrote it: `38a_p01.txt`).
The pages are parsed with `planwatch parse` and scored with `../shared/tools/score_extraction.py`;
the suite holds each measure at a floor (tests/test_transform_scores.py). A new rule that costs
one of these shapes shows here before it reaches a real page.

    python -m benchmarks audit
    python -m benchmarks.bench_audit [-v]    # -v: every miss, as the scorer prints it
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.bench_corpus import DEFAULT_SCORER, REPO

AUDIT = REPO / "tests" / "fixtures" / "audit"


def pages() -> list[Path]:
    return sorted(p for p in AUDIT.iterdir() if p.suffix in (".txt", ".html"))


def scored(verbose: bool = False) -> list[str]:
    """The scorer's output lines on the audit corpus."""
    with tempfile.TemporaryDirectory(prefix="bench-audit-") as tmp:
        env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        cmd = [sys.executable, "-m", "planwatch.cli", "parse", "--out", tmp, *map(str, pages())]
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        args = [sys.executable, str(DEFAULT_SCORER), "--gold", str(AUDIT / "gold"), "--pred", tmp]
        out = subprocess.run(
            [*args, *(["-v"] if verbose else [])], check=True, capture_output=True, text=True
        )
    return out.stdout.splitlines()


def run(quick: bool = False) -> list[dict[str, Any]]:
    if not DEFAULT_SCORER.exists():
        return [{"benchmark": "audit", "measure": "skipped", "value": f"no scorer at {DEFAULT_SCORER}"}]
    lines = scored()
    keep = (
        "metadata fields right",
        "tasks",
        "lead units",
        "participating units",
        "targets (value",
        "targets, all",
    )
    return [
        {
            "benchmark": "audit",
            "measure": f"{len(pages())} pages: " + line.split(":")[0],
            "value": line.split(": ", 1)[1],
        }
        for line in lines
        if line.startswith(keep)
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bench_audit", description=__doc__)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    a = ap.parse_args(argv)
    print("\n".join(scored(a.verbose)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
