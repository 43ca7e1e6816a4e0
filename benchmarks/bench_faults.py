"""Fault campaign: >= 1 000 fetches of the real nightly flow against a replay portal that fails
at random (every fault mode, seeded), then at most one follow-up night with the faults off.
List pages get only the faults a retry fixes (a WAF page on a list page rightly ends that night's
paging, which would cap the fetches); detail pages get every mode.

Prints fetches, faults met, retries, documents expected vs stored, duplicates, alerts expected
vs received at a real webhook receiver, and repeated alerts. `--quick`: ~150 fetches.
The same campaign is `tests/test_hardening_faults.py` (its 1 000-fetch case is `-m slow`).
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent / "tests"


def run(quick: bool = False) -> list[dict]:
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from hardening_support import run_fault_campaign

    from flows.runner import run_flow
    from flows.nightly import nightly

    def night(settings):
        return run_flow(nightly, settings)

    n_new, plans = (110, 4) if quick else (1000, 12)
    with tempfile.TemporaryDirectory(prefix="bench-faults-") as tmp:
        c = run_fault_campaign(Path(tmp), n_new=n_new, plans=plans, probability=0.3, seed=11,
                               night=night, lists="all" if quick else "retryable")
    rows = c.rows("faults")
    if quick:
        rows[0]["goal"], rows[0]["ok"] = ">= 1000 (full run)", None
    modes = ", ".join(f"{m} {n}" for m, n in c.faults.most_common())
    rows.insert(3, {"benchmark": "faults", "measure": f"faults by mode: {modes}", "value": len(c.faults),
                    "unit": "modes"})
    return rows


if __name__ == "__main__":
    import json

    print(json.dumps(run(quick="--quick" in sys.argv), indent=1, default=str))
