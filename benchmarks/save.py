"""Child: a move saved, from the drop to the committed transaction returning, against a bare sqlite3 commit.

`save.py FILE MOVES` copies the workshop twice into one folder (the same disk). The app's samples are
`Workshop.place_team` calls (the placement and its history row, one transaction, on disk when it
returns); the baseline's are the same two statements (UPDATE the placement, INSERT the history row)
committed with plain sqlite3 under the same journal settings (rollback journal, synchronous=FULL).
Samples alternate between the two so that both see the same disk and the same noise.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import time
from datetime import datetime
from pathlib import Path

from _common import emit

from pem_desktop.services import Workshop


def main(source: Path, moves: int) -> dict:
    app_path = source.with_name("save-app.pemw")
    bare_path = source.with_name("save-bare.pemw")
    for path in (app_path, bare_path):
        path.unlink(missing_ok=True)
        shutil.copyfile(source, path)
    workshop = Workshop.open(app_path)
    bare = sqlite3.connect(bare_path, isolation_level=None)
    bare.execute("PRAGMA journal_mode = DELETE")
    bare.execute("PRAGMA synchronous = FULL")
    teams = [team.id for team in workshop.teams()]
    aspects = [aspect.id for aspect in workshop.model.aspects]
    app_samples, bare_samples = [], []
    for step in range(moves + 5):
        team, aspect = teams[step % len(teams)], aspects[(step // len(teams)) % len(aspects)]
        position = round(0.05 + (step * 0.37) % 3.9, 2)
        began = time.perf_counter()
        workshop.place_team(team, aspect, position)
        app_time = time.perf_counter() - began
        now = datetime.now().isoformat(sep=" ")
        began = time.perf_counter()
        bare.execute("BEGIN IMMEDIATE")
        bare.execute(
            "UPDATE placement SET position = ?, updated_at = ? WHERE team_id = ? AND aspect_id = ?",
            (position, now, team, aspect),
        )
        bare.execute(
            "INSERT INTO placement_move (team_id, aspect_id, from_position, to_position, moved_at) "
            "VALUES (?, ?, NULL, ?, ?)",
            (team, aspect, position, now),
        )
        bare.execute("COMMIT")
        bare_time = time.perf_counter() - began
        if step >= 5:  # the first few warm the caches
            app_samples.append(app_time * 1000)
            bare_samples.append(bare_time * 1000)
    saved = len(workshop.moves())
    workshop.close()
    bare.close()
    return {"app": app_samples, "bare": bare_samples, "moves_in_file": saved}


if __name__ == "__main__":
    emit(**main(Path(sys.argv[1]), int(sys.argv[2])))
