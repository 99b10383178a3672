"""A real redis-server of the test's own, on a free port: the soak's (bench/soak_services.py)."""

import os
import shutil

import pytest

from bench.soak_services import Redis


@pytest.fixture
def redis_server(tmp_path):
    if not shutil.which("redis-server"):
        if os.environ.get("CI"):
            pytest.fail("redis-server is not installed (apt-get install redis-server)")
        pytest.skip("redis-server is not installed")
    with Redis(tmp_path) as server:
        yield server
