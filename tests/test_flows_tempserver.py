"""Prefect's temporary API server started without Prefect's server code in this process
(`flows.tempserver`): flow runs report to it, the run still counts as having no configured API
(the lock file guards the writer), and it stops with the process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

CHILD = """
import json, os, sys
from flows.runner import api_configured, prefect_server_gone, start_temporary_server, stop_prefect_server
from flows import tempserver
from prefect import flow, task
from prefect.cache_policies import NO_CACHE

@task(cache_policy=NO_CACHE)
def double(i):
    return 2 * i

@flow
def twice():
    return [f.result() for f in [double.submit(i) for i in range(3)]]

start_temporary_server()
server = tempserver.current()
got = {"result": twice(), "configured": api_configured(), "env": os.environ.get("PREFECT_API_URL"),
       "url": server.api_url, "server_code": "prefect.server.api.server" in sys.modules,
       "fastapi": "fastapi" in sys.modules}
from prefect.client.orchestration import get_client
with get_client(sync_client=True) as client:
    got["runs"] = [r.name for r in client.read_flow_runs()]
process = server.process
stop_prefect_server()
process.wait(timeout=10)
got["gone"] = prefect_server_gone() or server.process is None
got["env_after"] = os.environ.get("PREFECT_API_URL")
print(json.dumps(got))
"""


@pytest.mark.slow  # a server start (~10 s)
def test_a_flow_reports_to_the_temporary_server_without_its_code_here(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PYTHONPATH=str(REPO), PREFECT_HOME=str(tmp_path), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    out = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=300, check=True
    )
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["result"] == [0, 2, 4]
    assert got["env"] == got["url"] and got["runs"]  # the flow run is on the temporary server
    assert not got["configured"]  # still "no API configured": the writer guard keeps the lock file
    assert not got["server_code"] and not got["fastapi"]
    assert got["gone"] and got["env_after"] is None
