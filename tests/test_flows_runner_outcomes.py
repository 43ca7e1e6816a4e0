"""`flows.runner.run_flow` reads a flow's own outcome, kept in the process, before the state.

The state Prefect's engine hands back to an in-process caller can be the server's copy, without
its data: a CI run on a loaded machine once failed with `MissingResult` after a reparse that had
completed. Real flow runs on the session's Prefect test server.
"""
from __future__ import annotations

import pytest
from prefect import flow
from prefect.states import Completed

from flows import runtime
from flows.exceptions import PartialRun
from flows.runner import run_flow
from planwatch.settings import Settings

pytestmark = pytest.mark.prefect


@flow(name="outcome-probe")
def _report_beside_a_bare_state(report: dict, partial: bool = False):
    """Keeps its outcome, then ends with a state that carries no data (as the server's copy)."""
    runtime.keep_outcome(report, PartialRun("1 of 2 sources failed", report) if partial else None)
    return Completed(message="done")


def test_the_kept_report_is_returned_when_the_state_holds_none(prefect_harness, tmp_path):
    settings = Settings.of(warehouse=str(tmp_path / "wh"))
    report = {"status": "completed", "documents": 3}
    assert run_flow(_report_beside_a_bare_state, settings, report=report) == report
    assert runtime._OUTCOMES == {}  # taken once read


def test_a_kept_partial_run_gives_its_report(prefect_harness, tmp_path):
    settings = Settings.of(warehouse=str(tmp_path / "wh"))
    report = {"status": "partial", "documents": 1}
    assert run_flow(_report_beside_a_bare_state, settings, report=report, partial=True) == report


def test_a_flow_run_outside_run_flow_keeps_nothing(prefect_harness):
    state = _report_beside_a_bare_state({"status": "completed"}, return_state=True)
    assert state.is_completed() and runtime._OUTCOMES == {}


@flow(name="outcome-parent")
def _parent_with_a_subflow(report: dict):
    """A flow whose subflow keeps an outcome nobody takes (as a sharded night's shards)."""
    _report_beside_a_bare_state({"status": "completed", "shard": 1})
    return runtime.keep_outcome(report)


def test_outcomes_nobody_took_are_dropped_after_the_run(prefect_harness, tmp_path):
    settings = Settings.of(warehouse=str(tmp_path / "wh"))
    report = {"status": "completed", "documents": 2}
    assert run_flow(_parent_with_a_subflow, settings, report=report) == report
    assert runtime._OUTCOMES == {}
