"""Shared by the benchmark runner and its child processes: paths, statistics, results on stdout.

Every measurement runs in a child process of its own (`python benchmarks/<child>.py ...`), started
with the same interpreter and environment as its baseline, so that app and baseline see the same
conditions. A child prints one JSON object on its last stdout line.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "benchmarks"
READY = "painted"  # what a start-up child prints once the window it measures is painted


def child_env(work: Path) -> dict[str, str]:
    """The environment of every child: offscreen Qt, this source tree first, private settings and data."""
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""),
            "PEM_DESKTOP_DATA_DIR": str(work / "app-data"),
            "XDG_CONFIG_HOME": str(work / "config"),
            "XDG_DATA_HOME": str(work / "data"),
            "XDG_CACHE_HOME": str(work / "cache"),
            "PEM_BENCH_WORK": str(work),
        }
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(script: str, *args: str, env: dict[str, str], timeout: float = 300) -> dict:
    """Run benchmarks/<script> in a process of its own; returns the JSON object it printed last."""
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"{script} {' '.join(args)} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return json.loads(lines[-1])


def emit(**values) -> None:
    """A child's result: one JSON line on stdout."""
    print(json.dumps(values), flush=True)


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    """The 95th percentile, nearest rank: 95 % of the samples are at most this."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB (Linux reports KiB, macOS bytes)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def wait_until(condition, timeout: float = 10.0) -> None:
    """Process Qt events until `condition()` holds (a child's helper; imports Qt lazily)."""
    import time

    from PySide6.QtCore import QCoreApplication

    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not paint in time")
        QCoreApplication.processEvents()
