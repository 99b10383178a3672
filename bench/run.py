"""`make bench`: seed a large catalogue, serve it with gunicorn and drive it with wrk.

Run from the repository root: `.venv/bin/python bench/run.py`. Writes BENCHMARKS.md.
"""

import sys
from pathlib import Path

# Run as a script, so the repository root (Django project and the bench package) is importable.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.main import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
