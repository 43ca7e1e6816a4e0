"""Fault campaign: the real nightly flow against a replay portal that fails at random.

Every fault mode of the portal (5xx bursts, 429 + Retry-After, slow answers past the timeout,
connection resets, truncated bodies, wrong charsets, redirect loops, WAF challenge pages, huge
bodies, gzip bombs, and the hostile ones: slowloris headers and bodies, unclosed tags, deep
nesting, link floods, a 1 MiB robots.txt) is mixed in at random (seeded) over real HTTP on
127.0.0.1. The night must
complete; after at most one follow-up night with the faults gone every notice is stored exactly
once and every plan alert reached the real webhook receiver exactly once.

The default suite runs ~150 fetches; `-m slow` runs the >= 1 000-fetch campaign (the same one
`python -m benchmarks faults` measures).
"""
from __future__ import annotations

import pytest

from hardening_support import FAULT_MIX, ROBOTS_RULE, Campaign, run_fault_campaign

pytestmark = pytest.mark.prefect


def _night(settings):
    from flows.nightly import nightly
    from flows.runner import run_flow

    return run_flow(nightly, settings)


def _check(c: Campaign, *, min_fetches: int, min_modes: int) -> None:
    assert c.fetches_faulty_night >= min_fetches, c
    assert sum(c.faults.values()) > 0 and len(c.faults) >= min_modes, c.faults
    assert c.retries > 0, "faults that retrying fixes must have been retried"
    assert c.follow_up_runs <= 1
    assert c.documents_missing == [] and c.documents_unexpected == []
    assert c.documents_stored == c.documents_expected
    assert c.duplicates and all(n == 0 for n in c.duplicates.values()), c.duplicates
    assert c.alerts_expected > 0
    assert c.alerts_missing == [] and c.alerts_repeated == 0
    assert c.alerts_sent == c.alerts_expected
    assert c.garbled_documents == 0
    assert c.timed_out_sources == 0                      # the night finished within its budget


def test_fault_mix_covers_every_replay_mode():
    from testbed.faults import MODES

    covered = {mode for mode, _, _ in FAULT_MIX} | {ROBOTS_RULE[0]}
    # off-host, private and backslash redirects are the security suites' (refused, not retried)
    assert set(MODES) - covered == {"redirect_offhost", "redirect_private", "redirect_backslash"}


def test_faulty_night_then_one_follow_up_stores_everything_once(prefect_harness, tmp_path):
    c = run_fault_campaign(tmp_path, n_new=80, plans=3, probability=0.3, seed=7, night=_night)
    _check(c, min_fetches=100, min_modes=6)


@pytest.mark.slow
def test_thousand_fetch_campaign(prefect_harness, tmp_path):
    c = run_fault_campaign(tmp_path, n_new=1000, plans=12, probability=0.3, seed=11, night=_night,
                           lists="retryable")
    _check(c, min_fetches=1000, min_modes=len({m for m, _, _ in FAULT_MIX}) - 2)
