"""A realistic demo workshop: six teams placed on every aspect, targets, disagreements and actions."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from pem_desktop.maturity import LoadedModel
from pem_desktop.services.targets import set_target
from pem_desktop.services.views import Viewpoint
from pem_desktop.services.workshop import Workshop

DEMO_TEAMS = ("Payments", "Checkout", "Search", "Mobile apps", "Data platform", "Identity")

# Positions in units of a four-level model, one row per aspect (in model order), one column per team.
# A model with another number of levels gets them scaled; values such as 1.9 sit between two levels.
_POSITIONS = (
    (1.5, 1.2, 0.6, 0.9, 2.4, 1.95),
    (1.3, 1.6, 0.4, 2.1, 2.6, 1.0),
    (2.2, 1.5, 1.1, 0.7, 2.9, 1.4),
    (1.4, 1.9, 0.8, 1.2, 2.5, 2.05),
    (0.5, 0.9, 0.3, 1.6, 3.3, 0.7),
)

# Where the room wants to be: (aspect index, team index or None for the organisation, position in
# units of a four-level model, due in days or None).
_TARGETS = (
    (0, None, 2.5, 180),
    (1, None, 2.5, 270),
    (1, 2, 1.5, 90),
    (2, None, 2.5, 180),
    (3, None, 2.2, 120),
    (4, None, 1.5, 120),
    (4, 4, 3.5, 365),
)

# (aspect index, team index or None, title, detail, owner, due in days or None, status)
_ACTIONS = (
    (
        0,
        None,
        "Fund a permanent platform team of six",
        "Move the two volunteers from Payments and Identity into a "
        "funded team with its own backlog and a product manager.",
        "VP Engineering",
        30,
        "agreed",
    ),
    (
        0,
        4,
        "Write a platform product charter",
        "Vision, users, success measures; review it with the CTO.",
        "Priya Natarajan",
        45,
        "in progress",
    ),
    (
        1,
        2,
        "Pair Search with the platform team for one sprint",
        "Migrate Search's build to the golden path together and note every friction point.",
        "Tomás García",
        21,
        "agreed",
    ),
    (
        1,
        None,
        "Publish a platform newsletter and office hours",
        "Monthly release notes and a weekly open slot.",
        "Platform PM",
        14,
        "proposed",
    ),
    (
        2,
        3,
        "Self-service environment creation for Mobile",
        "Replace the ticket to Ops with a portal form backed by the provisioning API.",
        "Jonas Weber",
        60,
        "agreed",
    ),
    (
        2,
        None,
        "One CLI for the common paths",
        "Scaffold, deploy and roll back with one documented tool.",
        "Dev Experience guild",
        90,
        "proposed",
    ),
    (
        3,
        0,
        "Track every platform request in one backlog",
        "Stop side-channel requests in chat; triage weekly.",
        "Amara Okafor",
        14,
        "done",
    ),
    (
        3,
        1,
        "On-call rotation and runbooks for the build service",
        "Shared rotation with Checkout; runbooks for the five most common incidents.",
        "Lena Fischer",
        40,
        "agreed",
    ),
    (
        4,
        None,
        "Quarterly developer survey",
        "Ten questions, anonymous, results shared with every team.",
        "Platform PM",
        30,
        "agreed",
    ),
    (
        4,
        4,
        "DORA metrics dashboard",
        "Lead time, deployment frequency, change failure rate, time to restore.",
        "Priya Natarajan",
        75,
        "in progress",
    ),
    (
        1,
        0,
        "Retire the old deployment wiki",
        "Agreed at the first assessment in spring; half of its pages still send people to the old scripts.",
        "",
        -10,
        "agreed",
    ),
    (
        4,
        None,
        "Agree what a lost working day means",
        "One definition for the survey and the incident reviews, so that the numbers can be compared.",
        "Platform PM",
        None,
        "proposed",
    ),
    (
        2,
        1,
        "Move Checkout's pipelines to the shared templates",
        "Checkout chose its own pipeline tool; the move was dropped once the templates covered its needs.",
        "Lena Fischer",
        20,
        "dropped",
    ),
)


def write_demo_workshop(path: str | Path, loaded_model: LoadedModel, *, today: date | None = None) -> Workshop:
    """Create the demo workshop at `path` with the given model (any number of aspects and levels)."""
    today = today or date.today()
    model = loaded_model.model
    scale = model.level_count / 4
    workshop = Workshop.create(
        path,
        title="Acme Retail platform maturity workshop",
        loaded_model=loaded_model,
        organisation="Acme Retail GmbH, Zürich",
        workshop_date=today,
        facilitator="Sam Okonkwo",
        participants="Engineering leads of all six product teams, the platform team, SRE, the CTO's office",
        notes="Second assessment; the first one was run informally last spring.",
        team_names=DEMO_TEAMS,
    )
    teams = workshop.teams()
    for aspect_index, aspect in enumerate(model.aspects):
        row = _POSITIONS[aspect_index % len(_POSITIONS)]
        for team, position in zip(teams, row, strict=True):
            workshop.place_team(team.id, aspect.id, round(position * scale, 2))
    # A couple of earlier moves, so that the history shows the board being discussed.
    first = model.aspects[0].id
    workshop.place_team(teams[2].id, first, round(0.9 * scale, 2))
    workshop.place_team(teams[2].id, first, round(_POSITIONS[0][2] * scale, 2))

    def aspect_id(index: int) -> str:
        return model.aspects[index % len(model.aspects)].id

    workshop.record_disagreement(
        aspect_id(0),
        [
            Viewpoint(
                "Platform team", 1.2 * scale, "Two people work on the platform, but only when Payments lets them."
            ),
            Viewpoint("CTO office", 1.8 * scale, "There is a budget line for the platform since this year."),
        ],
        team_id=teams[0].id,
        topic="Is the platform funded or borrowed?",
    )
    workshop.record_disagreement(
        aspect_id(1),
        [
            Viewpoint("Mobile leads", 2.4 * scale, "Teams ask to join the golden path on their own."),
            Viewpoint("SRE", 1.6 * scale, "Adoption still follows the migration mandate from last year."),
            Viewpoint("Platform PM", 2.0 * scale, "Both are true: new services pull, old ones are pushed."),
        ],
        team_id=teams[3].id,
        topic="Pull or push?",
    )
    resolved = workshop.record_disagreement(
        aspect_id(3),
        [
            Viewpoint("Identity", 2.3 * scale, "Our requests are tracked and planned every sprint."),
            Viewpoint("Platform team", 1.7 * scale, "Half of Identity's requests still arrive by chat."),
        ],
        team_id=teams[5].id,
        topic="How are Identity's platform requests handled?",
    )
    workshop.resolve_disagreement(
        resolved.id, "Agreed on late Operational: tracking exists but is not yet the only way in.", 1.9 * scale
    )
    workshop.record_disagreement(
        aspect_id(4),
        [
            Viewpoint("Engineering managers", 0.8 * scale, "We collect numbers but nobody looks at them."),
            Viewpoint("Data platform", 1.5 * scale, "The survey runs every quarter and feeds the roadmap."),
        ],
        topic="Do we measure consistently across the organisation?",
    )
    for aspect_index, team_index, position, days in _TARGETS:
        team_id = None if team_index is None else teams[team_index].id
        due = None if days is None else today + timedelta(days=days)
        set_target(workshop, aspect_id(aspect_index), team_id, round(position * scale, 2), due)
    for aspect_index, team_index, title, detail, owner, days, status in _ACTIONS:
        team_id = None if team_index is None else teams[team_index].id
        target = workshop.default_target_level(team_id, aspect_id(aspect_index))
        if target is None:
            target = model.levels[min(2, model.level_count - 1)].id
        workshop.add_action(
            aspect_id(aspect_index),
            title,
            team_id=team_id,
            target_level_id=target,
            detail=detail,
            owner=owner,
            due_date=None if days is None else today + timedelta(days=days),
            status=status,
        )
    return workshop
