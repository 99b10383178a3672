"""gunicorn on a free loopback port, always stopped again (errors, Ctrl-C, SIGTERM)."""

import atexit
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench.environment import REPO

HOST = "127.0.0.1"
# Sync workers, one thread each: CPU-bound Django pages on a small machine; wrk takes a core's
# share too, so cores + 1 workers keeps both busy without queueing behind a GIL.
WORKERS = (os.cpu_count() or 1) + 1
START_TIMEOUT = 30
STOP_TIMEOUT = 10


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def gunicorn_command(port):
    # The venv's own gunicorn, beside the python running this script (symlinks not resolved).
    gunicorn = Path(sys.executable).parent / "gunicorn"
    return [
        str(gunicorn),
        "psoas_project.wsgi",
        "--bind",
        f"{HOST}:{port}",
        "--workers",
        str(WORKERS),
        "--threads",
        "1",
        "--log-level",
        "warning",
    ]


def describe():
    return f"gunicorn {gunicorn_version()}, sync workers: --workers {WORKERS} --threads 1"


def gunicorn_version():
    import gunicorn

    return gunicorn.__version__


class Gunicorn:
    """`with Gunicorn(env, log) as server:` serves the project at server.base_url."""

    def __init__(self, env, log_path):
        self.env = env
        self.log_path = log_path
        self.port = free_port()
        self.base_url = f"http://{HOST}:{self.port}"
        self.process = None

    def __enter__(self):
        self.log = open(self.log_path, "ab")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            gunicorn_command(self.port),
            cwd=REPO,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        atexit.register(self.stop)
        self.wait_until_ready()
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def wait_until_ready(self):
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited at start; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            # A busy machine: workers still booting can leave the socket silent past the timeout.
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer within {START_TIMEOUT} s")

    def stop(self):
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        self.log.close()
        atexit.unregister(self.stop)


def exit_on_sigterm():
    """Turn SIGTERM into SystemExit, so `finally` blocks stop gunicorn and remove the temp dir."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
