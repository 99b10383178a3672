"""`make bench` drives each page in passes: how a page's passes become its row."""

from bench.load import LoadResult, combined


def run(rps, p99, non2xx=0):
    return LoadResult(
        requests=int(rps * 10),
        seconds=10.0,
        non2xx=non2xx,
        socket_errors=0,
        p50_ms=p99 / 3,
        p90_ms=p99 / 2,
        p95_ms=p99 / 1.5,
        p99_ms=p99,
        max_ms=p99 * 2,
    )


def test_a_page_keeps_its_better_throughput_but_its_worse_latency_and_every_error():
    row = combined([run(1500, p99=9.0), run(1800, p99=12.0, non2xx=2), run(1700, p99=30.0)])
    assert row.rps == 1800
    assert row.p99_ms == 30.0 and row.max_ms == 60.0
    assert row.non2xx == 2
