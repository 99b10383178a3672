"""Load with wrk, plus plain sequential timing with urllib."""

import http.client
import json
import os
import shutil
import statistics
import subprocess
import time
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

THREADS = 2
CONNECTIONS = 8
JSON_MARK = "BENCH_JSON "

# Counts non-2xx responses across wrk's threads and prints one JSON line with the percentiles
# wrk's own --latency output leaves out (p95). Latencies are in microseconds.
LUA = """
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non2xx")
  end
  local e = summary.errors
  io.write(string.format(
    '%s{"requests":%d,"duration_us":%d,"bytes":%d,"non2xx":%d,' ..
    '"socket_errors":%d,"p50":%d,"p90":%d,"p95":%d,"p99":%d,"max":%d}\\n',
    "MARK", summary.requests, summary.duration, summary.bytes, bad,
    e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(95),
    latency:percentile(99), latency.max))
end
""".replace("MARK", JSON_MARK)


@dataclass
class LoadResult:
    requests: int
    seconds: float
    non2xx: int
    socket_errors: int
    p50_ms: float
    p90_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float

    @property
    def rps(self):
        return self.requests / self.seconds


def combined(results):
    """Several runs of one page as one: the better requests/s (and its request count), the
    worse of each latency, and every non-2xx response and socket error of all of them."""
    best = max(results, key=lambda result: result.rps)
    worst = {
        f"{name}_ms": max(getattr(result, f"{name}_ms") for result in results)
        for name in ("p50", "p90", "p95", "p99", "max")
    }
    return replace(
        best,
        non2xx=sum(result.non2xx for result in results),
        socket_errors=sum(result.socket_errors for result in results),
        **worst,
    )


class PageError(RuntimeError):
    pass


def ensure_wrk():
    """wrk from Debian's packages, installed on first use (the bench runs as root on CI)."""
    if shutil.which("wrk"):
        return
    if os.geteuid() != 0:
        raise SystemExit("wrk is missing: install it with `sudo apt-get install wrk`.")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, env=env)


def wrk_version():
    result = subprocess.run(["wrk", "-v"], capture_output=True, text=True, check=False)
    return (result.stdout or result.stderr).split(" [", 1)[0].strip()


def write_lua(folder):
    path = folder / "report.lua"
    path.write_text(LUA)
    return path


def wrk(url, *, seconds, lua, cookie=None):
    command = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency"]
    command += ["-s", str(lua)]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    result = subprocess.run(
        [*command, url], capture_output=True, text=True, check=True, timeout=seconds + 60
    )
    line = next((line for line in result.stdout.splitlines() if line.startswith(JSON_MARK)), None)
    if line is None:
        raise PageError(f"wrk printed no summary for {url}:\n{result.stdout}\n{result.stderr}")
    data = json.loads(line.removeprefix(JSON_MARK))
    return LoadResult(
        requests=data["requests"],
        seconds=data["duration_us"] / 1e6,
        non2xx=data["non2xx"],
        socket_errors=data["socket_errors"],
        **{f"{key}_ms": data[key] / 1000 for key in ("p50", "p90", "p95", "p99", "max")},
    )


def get(url, cookie=None):
    """(status, body) without following redirects: a redirect to the login page is a failure."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        path = f"{parts.path}?{parts.query}" if parts.query else parts.path
        connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def check_ok(url, cookie=None):
    status, body = get(url, cookie)
    if status != 200:
        raise PageError(f"GET {url} answered {status}, not 200:\n{body[:500]!r}")
    return len(body)


def time_sequential(url, *, count, warmup):
    """Milliseconds for sequential GETs, each with a unique parameter so no cache answers."""
    timings = []
    for n in range(-warmup, count):
        started = time.perf_counter()
        status, _ = get(f"{url}&bench={n + warmup}")
        elapsed = (time.perf_counter() - started) * 1000
        if status != 200:
            raise PageError(f"GET {url} answered {status} during the search timing")
        if n >= 0:
            timings.append(elapsed)
    return {
        "median": statistics.median(timings),
        "mean": statistics.fmean(timings),
        "p90": statistics.quantiles(timings, n=10)[-1],
    }
