"""The soak's servers: a fresh PostgreSQL database, its own redis-server, gunicorn."""

import atexit
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

from bench import server as bench_server
from bench.environment import REPO


def manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def fresh_database(url):
    """Drop and create the database named in `url`; returns `url`."""
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return url


class Redis:
    """A redis-server of its own on a free port, for the soak and the Redis tests."""

    def __init__(self, folder: Path):
        if not shutil.which("redis-server"):
            raise SystemExit("redis-server is not installed: apt-get install redis-server")
        self.port = bench_server.free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.folder = folder

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.folder),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("redis-server did not start")

    def __exit__(self, *exc_info):
        self.stop()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)


class Gunicorn(bench_server.Gunicorn):
    """The benchmark's gunicorn, with a fixed number of workers."""

    def __init__(self, env, log_path, *, workers):
        super().__init__(env, log_path)
        self.workers = workers

    def __enter__(self):
        command = bench_server.gunicorn_command(self.port)
        command[command.index("--workers") + 1] = str(self.workers)
        self.log = open(self.log_path, "ab")  # noqa: SIM115 (closed in stop())
        self.process = subprocess.Popen(
            command, cwd=REPO, env=self.env, stdout=self.log, stderr=subprocess.STDOUT
        )
        atexit.register(self.stop)
        self.wait_until_ready()
        return self

    def wait_until_ready(self):
        # On a busy machine a worker still loading Django may take longer than one probe waits.
        deadline = time.monotonic() + bench_server.START_TIMEOUT
        while True:
            try:
                return super().wait_until_ready()
            except TimeoutError:
                if time.monotonic() > deadline:
                    raise

    def log_tail(self):
        self.log.flush()
        lines = Path(self.log_path).read_text(errors="replace").splitlines()
        return [line for line in lines if "ERROR" in line or "Traceback" in line][-10:]
