"""A scripted facilitator for the crash test: makes changes through the services and reports each one.

Usage: python facilitator_script.py WORKSHOP.pemw FIRST_OPERATION COUNT
After each service call returns it prints "done N" (flushed), so the test knows which changes must
survive a kill at any moment.
"""

from __future__ import annotations

import sys

from pem_desktop.services import Workshop
from pem_desktop.services.views import Viewpoint


def main() -> None:
    path, first, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    workshop = Workshop.open(path)
    teams = [team.id for team in workshop.teams()]
    aspects = [aspect.id for aspect in workshop.model.aspects]
    for number in range(first, first + count):
        kind = number % 3
        if kind == 0:
            team = teams[number % len(teams)]
            aspect = aspects[number % len(aspects)]
            workshop.place_team(team, aspect, (number % 397) / 100)
        elif kind == 1:
            workshop.add_action(aspects[number % len(aspects)], f"op-{number}", owner="script")
        else:
            workshop.record_disagreement(
                aspects[number % len(aspects)], [Viewpoint("a", 1.0), Viewpoint("b", 2.0)], topic=f"op-{number}"
            )
        print(f"done {number}", flush=True)
    workshop.close()


if __name__ == "__main__":
    main()
