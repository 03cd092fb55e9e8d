"""A chain of three workshops for the follow-up tests: the demo (A), its follow-up (B) and B's follow-up (C).

Between A and B: Search moves up on Investment, Checkout down; three carried actions are reviewed (done,
carried on, dropped, with notes); Payments is renamed "Payments core". C starts with the cards where they
were in B and Mobile apps moves up on Adoption.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pem_desktop.services.action_review import pending_reviews, review_action
from pem_desktop.services.demo import write_demo_workshop
from pem_desktop.services.follow_up import start_follow_up_of_file

A_DATE, B_DATE, C_DATE = date(2026, 11, 25), date(2027, 3, 1), date(2027, 6, 1)


@dataclass
class Chain:
    a: Path
    b: Path
    c: Path


def make_chain(folder: Path, loaded_model, *, third: bool = True) -> Chain:
    a, b, c = folder / "a.pemw", folder / "b.pemw", folder / "c.pemw"
    write_demo_workshop(a, loaded_model, today=A_DATE).close()
    second = start_follow_up_of_file(a, b, title="Acme follow-up, spring", workshop_date=B_DATE)
    try:
        teams = {team.name: team for team in second.teams()}
        investment, adoption = (aspect.id for aspect in second.model.aspects[:2])
        second.place_team(teams["Search"].id, investment, 1.6)  # from 0.6
        second.place_team(teams["Checkout"].id, investment, 0.8)  # from 1.2
        reviews = pending_reviews(second)
        review_action(second, reviews[0].id, "done", "Funded in the January budget")
        review_action(second, reviews[1].id, "carried", "The draft waits for the CTO")
        review_action(second, reviews[2].id, "dropped", "Search moved to the golden path anyway")
        second.rename_team(teams["Payments"].id, "Payments core")
    finally:
        second.close()
    if third:
        last = start_follow_up_of_file(b, c, title="Acme follow-up, summer", workshop_date=C_DATE)
        try:
            mobile = next(team for team in last.teams() if team.name == "Mobile apps")
            last.place_team(mobile.id, adoption, 2.9)  # from 2.1
        finally:
            last.close()
    return Chain(a, b, c)
