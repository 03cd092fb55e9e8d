"""Kill a facilitator process at random moments: every change whose call had returned is still there."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from pem_desktop.services import Workshop

SCRIPT = Path(__file__).with_name("facilitator_script.py")
ROOT = Path(__file__).resolve().parents[2]


def _reported(output: str) -> list[int]:
    return [int(line.split()[1]) for line in output.splitlines() if line.startswith("done ")]


def test_every_returned_change_survives_sigkill(tmp_path, pe_model):
    path = tmp_path / "crash.pemw"
    Workshop.create(path, title="Crash", loaded_model=pe_model, team_names=["A", "B", "C", "D"]).close()
    rng = random.Random(20261125)
    next_operation = 0
    confirmed: list[int] = []
    in_flight_kept: set[int] = set()  # calls cut off by an earlier kill after their commit, before "done"
    moves_before = placed_before = 0
    kills = 0
    for _round in range(14):
        process = subprocess.Popen(
            [sys.executable, str(SCRIPT), str(path), str(next_operation), "5000"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},  # this source tree, not an installed copy
        )
        # Let it make a random number of changes (counted, so a slow machine makes as many as a fast
        # one), then pull the plug at a random moment within the next change or two.
        wanted = rng.randint(15, 45)
        seen: list[str] = []
        deadline = time.monotonic() + 60
        while len(seen) < wanted and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            seen.append(line)
        time.sleep(rng.uniform(0.0, 0.02))
        process.send_signal(signal.SIGKILL)
        output, errors = process.communicate(timeout=30)
        assert process.returncode in (-signal.SIGKILL, 0), errors
        kills += process.returncode == -signal.SIGKILL
        done = _reported("".join(seen) + output)
        confirmed += done
        # Reopen as the app would after a crash: the interrupted change is rolled back, the rest kept.
        workshop = Workshop.open(path)
        try:
            titles = {action.title for action in workshop.actions()}
            topics = {disagreement.topic for disagreement in workshop.disagreements()}
            moves = len(workshop.moves())
        finally:
            workshop.close()
        expected = set(confirmed)
        assert {f"op-{n}" for n in expected if n % 3 == 1} <= titles
        assert {f"op-{n}" for n in expected if n % 3 == 2} <= topics
        placed = sum(1 for n in expected if n % 3 == 0)
        in_flight = 1 if done and (done[-1] + 1) % 3 == 0 else 0
        assert placed <= moves
        assert moves - moves_before <= placed - placed_before + in_flight + 1
        moves_before, placed_before = moves, placed
        # Anything beyond the confirmed changes is at most the one call in flight at this kill.
        extra = {int(text[3:]) for text in titles | topics} - expected - in_flight_kept
        assert len(extra) <= 1
        in_flight_kept |= extra
        with sqlite3.connect(path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        next_operation = max(confirmed + list(extra), default=-1) + 1 + 1
    assert kills >= 10  # most rounds were really cut short
    assert len(confirmed) > 300  # hundreds of changes were made and checked
