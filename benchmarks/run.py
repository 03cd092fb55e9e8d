"""Run every benchmark and print a table of figures against targets; exit 1 when a target is missed.

    .venv/bin/python benchmarks/run.py            # everything (a few minutes)
    .venv/bin/python benchmarks/run.py --quick    # fewer repetitions
    .venv/bin/python benchmarks/run.py --only startup,drag

Each figure is the median and the 95th percentile of repeated runs, printed beside a baseline measured
in the same run under the same conditions (same interpreter, offscreen Qt, same disk), because
machines are noisy and ratios are what count. See BENCHMARKS.md for what each figure measures.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from _common import BENCHMARKS, READY, child_env, median, p95, run_child

FIGURES = ("startup", "drag", "save", "open", "pdf", "memory", "room")


@dataclass
class Row:
    figure: str
    unit: str
    median: float
    p95: float
    baseline: float | None  # the baseline's median
    baseline_p95: float | None
    ratio: float | None  # median / baseline median (p95 / baseline p95 for the save figure)
    target: str
    passed: bool | None  # None: reported, no target

    def cells(self) -> list[str]:
        def number(value: float | None) -> str:
            if value is None:
                return "-"
            return f"{value:.0f}" if abs(value) >= 100 else f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"

        verdict = "" if self.passed is None else "ok" if self.passed else "MISSED"
        return [
            self.figure,
            f"{number(self.median)} {self.unit}",
            f"{number(self.p95)} {self.unit}",
            "-" if self.baseline is None else f"{number(self.baseline)} {self.unit}",
            "-" if self.baseline_p95 is None else f"{number(self.baseline_p95)} {self.unit}",
            "-" if self.ratio is None else f"{self.ratio:.2f}x",
            self.target,
            verdict,
        ]


def timed_start(args: list[str], env: dict[str, str]) -> float:
    """Milliseconds from starting a process to the line saying its window is painted."""
    began = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    line = process.stdout.readline()
    elapsed = time.perf_counter() - began
    process.wait(timeout=60)
    if line.strip() != READY:
        raise RuntimeError(f"{' '.join(args)} did not report its first paint (exit {process.returncode})")
    return elapsed * 1000


def startup(env, fixtures, runs) -> list[Row]:
    app = [str(BENCHMARKS / "startup_app.py"), fixtures["demo"]]
    bare = [str(BENCHMARKS / "startup_bare.py")]
    demo = [str(BENCHMARKS / "startup_app.py"), "--demo"]
    for args in (app, bare, demo):  # the first start of each fills the disk cache and writes .pyc files
        timed_start(args, env)
    app_samples, bare_samples, demo_samples = [], [], []
    for _ in range(runs):  # interleaved, so that both see the same machine load
        bare_samples.append(timed_start(bare, env))
        app_samples.append(timed_start(app, env))
        demo_samples.append(timed_start(demo, env))
    base, base95 = median(bare_samples), p95(bare_samples)
    ratio = median(app_samples) / base
    return [
        Row(
            "(a) start-up: `pem-desktop demo.pemw` to its painted board",
            "ms",
            median(app_samples),
            p95(app_samples),
            base,
            base95,
            ratio,
            "<= 2.5x bare",
            ratio <= 2.5,
        ),
        Row(
            "    `pem-desktop --demo` (writes a fresh demo, then opens it)",
            "ms",
            median(demo_samples),
            p95(demo_samples),
            base,
            base95,
            median(demo_samples) / base,
            "(reported)",
            None,
        ),
    ]


def drag(env, fixtures, moves) -> list[Row]:
    app = run_child("drag.py", "app", fixtures["board60"], str(moves), env=env)
    bare = run_child("drag.py", "bare", str(moves), env=env)
    if app["painted"] < 0.9 * moves:
        raise RuntimeError(f"the board painted only {app['painted']} of {moves} drag moves")
    samples, base = app["samples"], bare["samples"]
    return [
        Row(
            f"(b) drag: one mouse move, {app['teams']} teams, handling + paint",
            "ms",
            median(samples),
            p95(samples),
            median(base),
            p95(base),
            median(samples) / median(base),
            "p95 < 4 ms",
            p95(samples) < 4.0,
        )
    ]


def save(env, fixtures, moves) -> list[Row]:
    result = run_child("save.py", fixtures["demo"], str(moves), env=env)
    app, bare = result["app"], result["bare"]
    ratio = p95(app) / p95(bare)
    return [
        Row(
            "(c) a move saved: place_team, drop to commit",
            "ms",
            median(app),
            p95(app),
            median(bare),
            p95(bare),
            ratio,
            "p95 <= 3x bare p95",
            ratio <= 3.0,
        )
    ]


def open_large(env, fixtures, runs) -> list[Row]:
    rows = []
    for name, figure in (
        ("large", "(d) open the large workshop to a painted board"),
        ("large_follow_up", "    the same as a follow-up with 10 earlier workshops inside"),
    ):
        run_child("open_large.py", "app", fixtures[name], env=env)  # warm the disk cache
        app, bare = [], []
        for _ in range(runs):  # interleaved, so that both see the same machine load
            app.append(run_child("open_large.py", "app", fixtures[name], env=env)["ms"])
            bare.append(run_child("open_large.py", "bare", fixtures[name], env=env)["ms"])
        rows.append(
            Row(
                figure,
                "ms",
                median(app),
                p95(app),
                median(bare),
                p95(bare),
                median(app) / median(bare),
                "< 400 ms",
                median(app) < 400,
            )
        )
    return rows


def pdf(env, fixtures, runs_demo, runs_large, work: Path) -> list[Row]:
    rows = []
    for name, runs, limit in (("demo", runs_demo, 0.6), ("large", runs_large, 5.0)):
        out = str(work / f"bench-{name}.pdf")
        results = [run_child("pdf.py", "app", fixtures[name], out, env=env) for _ in range(runs)]
        pages = results[0]["pages"]
        bare = [run_child("pdf.py", "bare", str(pages), out, env=env) for _ in range(max(1, runs // 2))]
        first, again = [r["first"] for r in results], [r["again"] for r in results]
        bare_first, bare_again = [b["first"] for b in bare], [b["again"] for b in bare]
        rows.append(
            Row(
                f"(e) PDF, {name} workshop ({pages} pages), first export",
                "s",
                median(first),
                p95(first),
                median(bare_first),
                p95(bare_first),
                median(first) / median(bare_first),
                f"< {limit} s",
                median(first) < limit,
            )
        )
        rows.append(
            Row(
                f"    repeated: {pages / median(again):.0f} pages/s (bare {pages / median(bare_again):.0f})",
                "s",
                median(again),
                p95(again),
                median(bare_again),
                p95(bare_again),
                median(again) / median(bare_again),
                "(reported)",
                None,
            )
        )
    return rows


def memory(env, fixtures, runs, work: Path) -> list[Row]:
    app = [run_child("memory.py", "app", fixtures["large"], str(work), env=env)["peak_mb"] for _ in range(runs)]
    out = str(work / "memory-export.pdf")
    export = [run_child("memory.py", "export", fixtures["large"], out, env=env)["peak_mb"] for _ in range(runs)]
    both = [a + e for a, e in zip(app, export, strict=True)]
    bare = [run_child("memory.py", "bare", env=env)["peak_mb"] for _ in range(runs)]
    rows = []
    for figure, samples, target in (
        ("(f) peak RSS, the app: large workshop open, exported in every format", app, "< 200 MB (max)"),
        ("(f) peak RSS, the largest export process (the PDF)", export, "< 200 MB (max)"),
        ("    the two together, while a PDF is written (reported)", both, "(reported)"),
    ):
        checked = target != "(reported)"
        rows.append(
            Row(
                figure,
                "MB",
                median(samples),
                max(samples),
                median(bare),
                max(bare),
                median(samples) / median(bare),
                target,
                max(samples) < 200 if checked else None,
            )
        )
    return rows


def room(env, fixtures, rounds, work: Path) -> list[Row]:
    board = work / "room-board.pemw"  # a copy: the votes and drops of this benchmark stay out of the others'
    shutil.copyfile(fixtures["board60"], board)
    app = run_child("room.py", "app", str(board), "60", str(rounds), "300", env=env, timeout=600)
    bare = run_child("room.py", "bare", str(work), "60", str(rounds), env=env, timeout=600)
    if app["stored"] != 60 * rounds:
        raise RuntimeError(f"{app['stored']} votes stored, not {60 * rounds}")
    latency, floor, to_board = app["latency"], bare["latency"], app["to_board"]
    during, quiet = app["drag_during"], app["drag_quiet"]

    def reported(figure: str, samples: list[float], unit: str = "ms") -> Row:
        return Row(figure, unit, median(samples), p95(samples), None, None, None, "(reported)", None)

    def reported_beside(figure: str, samples: list[float], base: list[float], ratio: str | None = "p95") -> Row:
        """A reported figure beside its baseline; `ratio` compares their p95s, their medians, or nothing."""
        compared = {"p95": p95, "median": median}.get(ratio)
        by = compared(samples) / compared(base) if compared is not None else None
        return Row(figure, "ms", median(samples), p95(samples), median(base), p95(base), by, "(reported)", None)

    load = app["load"]
    rows = [
        Row(
            f"(g) a vote, 60 phones at once: sent to the board repainted with it counted ({len(to_board)} votes)",
            "ms",
            median(to_board),
            p95(to_board),
            median(floor),
            p95(floor),
            p95(to_board) / p95(floor),
            "p95 < 150 ms",
            p95(to_board) < 150,
        ),
        reported_beside("    sent to stored and the window told (reported)", latency, floor),
        reported_beside(
            '    the phone\'s round trip to "received" (reported)', app["roundtrip"], bare["roundtrip"], "median"
        ),
        reported(
            f"    reveal to the spread of 60 votes painted on the board ({len(app['reveal_ms'])} reveals)",
            app["reveal_ms"],
        ),
        reported("    the window's main thread, processor time per burst (reported)", app["window_cpu_ms_per_burst"]),
    ]
    for name, samples in app["work_ms_per_burst"].items():
        rows.append(reported(f"      of which {name}, per burst", samples))
    for name, samples in app["process_cpu_ms_per_burst"].items():
        rows.append(reported(f"    processor time of {name} per burst", samples))
    rows += [
        reported("    one bare sqlite3 commit on this disk, meanwhile (reported)", app["commit_ms"]),
        reported(f"    load average (1 min) over the bursts, {os.cpu_count()} cores (reported)", load, ""),
        Row(
            f"(g) drag during the bursts: one mouse move, {app['teams']} teams ({len(during)} moves)",
            "ms",
            median(during),
            p95(during),
            median(quiet),
            p95(quiet),
            p95(during) / p95(quiet),
            "p95 < 4 ms",
            p95(during) < 4.0,
        ),
        reported_beside(
            "    of which the window's own work: processor time of the move's handling and paint (reported)",
            app["drag_during_cpu"],
            app["drag_quiet_cpu"],
        ),
        reported_beside(  # no ratio: without votes the wait is about zero
            "    of which waiting for a processor: the window's thread ready to run, not running (reported)",
            app["drag_during_waited"],
            app["drag_quiet_waited"],
            None,
        ),
    ]
    return rows


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        from PySide6 import __version__ as pyside
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {pyside}, Qt {qVersion()}"
    except ImportError:
        qt = "PySide6 missing"
    return f"{cpu}, {os.cpu_count()} cores; Python {platform.python_version()}; {qt}; {platform.platform()}"


def table(rows: list[Row]) -> str:
    header = ["figure", "median", "p95", "baseline", "base p95", "ratio", "target", ""]
    cells = [header] + [row.cells() for row in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(header))]
    lines = []
    for number, line in enumerate(cells):
        lines.append(
            "  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(line))
        )
        if number == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (noisier)")
    parser.add_argument("--only", default=",".join(FIGURES), help=f"comma-separated: {','.join(FIGURES)}")
    parser.add_argument("--dir", type=Path, default=None, help="where the workshop files go (default: a temp folder)")
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(chosen) - set(FIGURES)
    if unknown:
        parser.error(f"unknown figure(s): {', '.join(sorted(unknown))}")
    quick = args.quick
    with tempfile.TemporaryDirectory(prefix="pem-bench-", dir=args.dir) as folder:
        work = Path(folder)
        env = child_env(work)
        print(f"machine: {machine()}")
        print(f"files in {work} (same disk for the app and its baselines)\n", flush=True)
        fixtures = run_child("fixtures.py", str(work), env=env)
        rows: list[Row] = []
        steps = {
            "startup": lambda: startup(env, fixtures, 5 if quick else 15),
            "drag": lambda: drag(env, fixtures, 200 if quick else 600),
            "save": lambda: save(env, fixtures, 100 if quick else 400),
            "open": lambda: open_large(env, fixtures, 3 if quick else 9),
            "pdf": lambda: pdf(env, fixtures, 3 if quick else 7, 1 if quick else 3, work),
            "memory": lambda: memory(env, fixtures, 1 if quick else 3, work),
            "room": lambda: room(env, fixtures, 5 if quick else 20, work),
        }
        for name in FIGURES:
            if name in chosen:
                began = time.perf_counter()
                rows += steps[name]()
                print(f"  {name}: measured in {time.perf_counter() - began:.0f} s", file=sys.stderr, flush=True)
    print(table(rows))
    missed = [row.figure.strip() for row in rows if row.passed is False]
    print()
    if missed:
        print(f"MISSED {len(missed)} target(s): " + "; ".join(missed))
        return 1
    print(f"every target met ({sum(row.passed is True for row in rows)} checked)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
