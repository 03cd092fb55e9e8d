"""Child: write the workshops the benchmarks use into a folder (demo, a 60-team board, the large one, and the
large one as a follow-up with ten earlier workshops kept inside it)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from _common import emit

from pem_desktop.maturity.catalog import bundled_model
from pem_desktop.services.demo import write_demo_workshop
from pem_desktop.services.large import write_large_workshop

TODAY = date(2026, 11, 25)


def main(folder: Path) -> None:
    model = bundled_model("cncf-platform-engineering")
    paths = {
        "demo": folder / "demo.pemw",
        "board60": folder / "board-60-teams.pemw",
        "large": folder / "large.pemw",
        "large_follow_up": folder / "large-follow-up.pemw",
    }
    for path in paths.values():
        path.unlink(missing_ok=True)
    write_demo_workshop(paths["demo"], model, today=TODAY).close()
    write_large_workshop(paths["board60"], model, teams=60, actions=300, disagreements=12, today=TODAY).close()
    write_large_workshop(paths["large"], model, teams=200, actions=2000, disagreements=100, today=TODAY).close()
    write_large_workshop(
        paths["large_follow_up"], model, teams=200, actions=2000, disagreements=100, today=TODAY, history=10
    ).close()
    emit(**{name: str(path) for name, path in paths.items()})


if __name__ == "__main__":
    main(Path(sys.argv[1]))
