"""A large, realistic workshop for scale tests and benchmarks, written in one transaction.

`write_large_workshop` makes a workshop the size of a big organisation's assessment: by default 200
teams each placed on every aspect (with a short history of moves), 2,000 actions and 100
disagreements, with varied text in several scripts; with `history=N`, it is the follow-up of N earlier
workshops of a chain, each kept as a snapshot (positions drifting toward today's, every action with its
status then, the reviews of the actions each one carried). It is deterministic for a given seed. The rows go
in through the store's ORM in one transaction into a file built under a temporary name (as the JSON
import does), so a large file is made in about a second instead of thousands of separate commits.
Every text passes the same cleaning and limits as the services apply to what a user types.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pem_desktop.maturity import LoadedModel
from pem_desktop.services import model_language
from pem_desktop.services.views import ACTION_STATUSES
from pem_desktop.services.workshop import MAX_NAME, TEAM_COLOURS, Workshop, _line, _text, model_reader
from pem_desktop.store.history import (
    HistoryRecords,
    ReviewRecord,
    SnapshotActionRecord,
    SnapshotPositionRecord,
    SnapshotRecord,
    SnapshotTeamRecord,
    insert_history,
)
from pem_desktop.store.schema import (
    ActionRow,
    DisagreementRow,
    PlacementMoveRow,
    PlacementRow,
    TargetRow,
    TeamRow,
    ViewpointRow,
    WorkshopLanguageRow,
    WorkshopRow,
)
from pem_desktop.store.workshop_file import create_workshop_file

_AREAS = (
    "Payments",
    "Checkout",
    "Search",
    "Mobile",
    "Data",
    "Identity",
    "Billing",
    "Logistics",
    "Pricing",
    "Catalogue",
    "Loyalty",
    "Fraud",
    "Messaging",
    "Analytics",
    "Support",
    "Marketing",
    "Inventory",
    "Returns",
    "Partners",
    "Observability",
)
_SUFFIXES = (
    "core",
    "platform",
    "web",
    "API",
    "Zürich",
    "São Paulo",
    "Kraków",
    "Ørestad",
    "東京",
    "Αθήνα",
    "Київ",
    "north",
    "south",
    "edge",
    "ops",
    "labs",
)
_VERBS = (
    "Adopt",
    "Document",
    "Automate",
    "Measure",
    "Replace",
    "Publish",
    "Review",
    "Pilot",
    "Retire",
    "Fund",
    "Standardise",
    "Offer",
)
_OBJECTS = (
    "the golden path for services",
    "self-service environments",
    "on-call runbooks",
    "the platform backlog",
    "deployment frequency dashboards",
    "a developer survey",
    "the service catalogue",
    "cost reports per team",
    "a secrets-management policy",
    "the build cache",
    "Zugriffsverwaltung für Teams",
    "la plateforme de données",
    "プラットフォームの利用ガイド",
    "η τεκμηρίωση του API",
    "інструкції для чергувань",
)
_OWNERS = (
    "Priya Natarajan",
    "Tomás García",
    "Jonas Weber",
    "Amara Okafor",
    "Lena Fischer",
    "Søren Kierkegaard",
    "Zoë Brontë",
    "José Álvarez",
    "Łukasz Żółć",
    "山田太郎",
    "Αλέξανδρος Παπαδόπουλος",
    "Олена Коваленко",
    "Platform PM",
    "",
)
_HOLDERS = ("Platform team", "SRE", "CTO office", "Engineering managers", "Team leads", "Product", "Security")
_REASONS = (
    "Most services already use it, but the older ones are migrated by mandate.",
    "Budget exists on paper; people are borrowed from product teams every quarter.",
    "Requests still arrive by chat — half of them are never tracked.",
    "Wir messen viel, aber niemand schaut die Zahlen an.",
    "Les équipes demandent d'elles-mêmes à rejoindre le chemin balisé.",
    "チームは自発的に参加しているが、文書が足りない。",
    "The survey runs every quarter and feeds the roadmap.",
)


def write_large_workshop(
    path: str | Path,
    loaded_model: LoadedModel,
    *,
    teams: int = 200,
    actions: int = 2000,
    disagreements: int = 100,
    moves_per_placement: int = 2,
    seed: int = 20261125,
    today: date | None = None,
    history: int = 0,
) -> Workshop:
    """Create a large workshop at `path` (which must not exist) and return it, open.

    Every team is placed on every aspect, after `moves_per_placement` earlier moves that make up
    its history. Actions and disagreements are spread over all aspects; some concern the whole
    organisation; about a tenth of the actions are overdue. The organisation has a target on every
    aspect, and every eighth team one of its own. Text mixes Latin, Greek, Cyrillic, Chinese and Japanese characters.
    """
    rng = random.Random(seed)
    today = today or date.today()
    model = loaded_model.model
    level_count = model.level_count
    now = datetime.now(UTC).replace(tzinfo=None)
    started = now - timedelta(hours=3)

    def clean_line(value: str, field: str, limit: int = 300) -> str:
        return _line(value, field, limit=limit)

    team_names = []
    for index in range(teams):
        area = _AREAS[index % len(_AREAS)]
        suffix = _SUFFIXES[(index // len(_AREAS)) % len(_SUFFIXES)]
        round_number = index // (len(_AREAS) * len(_SUFFIXES))
        name = f"{area} {suffix}" + (f" {round_number + 1}" if round_number else "")
        team_names.append(clean_line(name, "team name", MAX_NAME))

    def position() -> float:
        return round(rng.uniform(0.05, level_count - 0.05), 2)

    def populate(session) -> None:
        session.add(
            WorkshopRow(
                title=clean_line("Globex Group platform maturity assessment — all divisions", "title"),
                organisation=clean_line("Globex Group AG, Zürich · São Paulo · 東京", "organisation"),
                workshop_date=today,
                facilitator=clean_line("Sam Okonkwo", "facilitator"),
                participants=_text(
                    "Engineering leads of every division, the platform group, SRE, security and the CTO's office.",
                    "participants",
                ),
                notes=_text("A large, generated workshop for scale tests and benchmarks.", "notes"),
                created_at=started,
                updated_at=now,
                model_id=model.id,
                model_version=model.version,
                model_yaml=loaded_model.text,
                model_sha256=loaded_model.sha256,
            )
        )
        session.add(WorkshopLanguageRow(**model_language.snapshot_columns(loaded_model)))
        team_rows = [
            TeamRow(
                id=index + 1,
                name=name,
                colour=TEAM_COLOURS[index % len(TEAM_COLOURS)],
                sort_order=index,
                created_at=started,
                uid=f"{rng.getrandbits(128):032x}",
            )
            for index, name in enumerate(team_names)
        ]
        session.add_all(team_rows)
        session.flush()  # the teams exist before anything refers to them
        placements, moves = [], []
        moment = started
        for aspect in model.aspects:
            for team in team_rows:
                previous = None
                for _ in range(moves_per_placement):
                    target = position()
                    moment += timedelta(milliseconds=250)
                    moves.append(
                        PlacementMoveRow(
                            team_id=team.id,
                            aspect_id=aspect.id,
                            from_position=previous,
                            to_position=target,
                            moved_at=moment,
                        )
                    )
                    previous = target
                if previous is None:
                    previous = position()
                placements.append(
                    PlacementRow(team_id=team.id, aspect_id=aspect.id, position=previous, updated_at=moment)
                )
        session.add_all(moves)
        session.add_all(placements)
        positions = {(row.team_id, row.aspect_id): row.position for row in placements}

        disagreement_rows = []
        for index in range(disagreements):
            aspect = model.aspects[index % len(model.aspects)]
            team = None if index % 7 == 0 else team_rows[rng.randrange(len(team_rows))]
            centre = positions[team.id, aspect.id] if team is not None else position()
            points = [
                ViewpointRow(
                    holder=clean_line(_HOLDERS[(index + order) % len(_HOLDERS)], "viewpoint holder"),
                    position=round(min(max(centre + rng.uniform(-0.9, 0.9), 0.0), float(level_count)), 2),
                    reason=_text(rng.choice(_REASONS), "viewpoint reason"),
                    sort_order=order,
                )
                for order in range(2 + index % 3)
            ]
            resolved = index % 4 == 3
            row = DisagreementRow(
                aspect_id=aspect.id,
                team_id=None if team is None else team.id,
                topic=_text(
                    f"Where does {team.name if team else 'the organisation'} sit on {aspect.name}? (#{index + 1})",
                    "topic",
                    limit=300,
                ),
                status="resolved" if resolved else "open",
                resolution=_text("Agreed after a vote: the lower of the two." if resolved else "", "resolution"),
                resolved_position=points[0].position if resolved else None,
                created_at=started + timedelta(minutes=index),
                updated_at=started + timedelta(minutes=index),
            )
            row.viewpoints = points
            disagreement_rows.append(row)
        session.add_all(disagreement_rows)

        action_rows = []
        for index in range(actions):
            aspect = model.aspects[index % len(model.aspects)]
            team = None if index % 9 == 0 else team_rows[rng.randrange(len(team_rows))]
            here = positions[team.id, aspect.id] if team is not None else position()
            toward = model.heading_toward(here)
            target = toward.id if toward is not None else None
            title = f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)}" + (f" for {team.name}" if team else "")
            detail = " ".join(rng.choice(_REASONS) for _ in range(1 + index % 4))
            created = started + timedelta(seconds=5 * index)
            action_rows.append(
                ActionRow(
                    aspect_id=aspect.id,
                    team_id=None if team is None else team.id,
                    target_level_id=target,
                    title=clean_line(title, "action title"),
                    detail=_text(detail, "action detail"),
                    owner=clean_line(rng.choice(_OWNERS), "owner"),
                    due_date=None if index % 11 == 0 else today + timedelta(days=index % 200 - 20),
                    status=ACTION_STATUSES[(index // len(model.aspects)) % len(ACTION_STATUSES)],
                    sort_order=index,
                    created_at=created,
                    updated_at=created,
                )
            )
        if history:
            records = _history(rng, model, today, team_rows, positions, action_rows, history, now)
            insert_history(session, records)
            carried = {row.snapshot_action_id for row in records.reviews if row.outcome == "pending"}
            first = (history - 1) * len(action_rows) + 1  # the latest snapshot's actions, in the same order
            for index, row in enumerate(action_rows):
                if first + index in carried:
                    row.carried_from = first + index
        session.add_all(action_rows)

        # A target for the organisation on every aspect, and a team's own on some (every 8th team, one aspect).
        target_rows = [
            TargetRow(
                aspect_id=aspect.id,
                team_id=None,
                position=min(level_count - 0.5, 2.5 * level_count / 4),
                due_date=today + timedelta(days=180 + 30 * number),
                created_at=started,
                updated_at=started,
            )
            for number, aspect in enumerate(model.aspects)
        ]
        for index, team in enumerate(team_rows[::8]):
            aspect = model.aspects[index % len(model.aspects)]
            goal = min(positions[team.id, aspect.id] + rng.uniform(0.5, 1.5), float(level_count))
            target_rows.append(
                TargetRow(
                    aspect_id=aspect.id,
                    team_id=team.id,
                    position=round(goal, 2),
                    due_date=None if index % 3 == 0 else today + timedelta(days=90 + 10 * index),
                    created_at=started,
                    updated_at=started,
                )
            )
        session.add_all(target_rows)

    return Workshop(create_workshop_file(path, populate, model_reader(Path(path).name)), loaded_model)


def _history(rng, model, today, team_rows, positions, action_rows, count: int, now: datetime) -> HistoryRecords:
    """`count` earlier workshops, a quarter apart: the same teams, positions that drift toward today's, every
    action with a status of its own then, and the reviews of what each workshop carried from the one before."""
    snapshots, teams, placed, actions, reviews = [], [], [], [], []
    open_statuses = ("proposed", "agreed", "in progress")
    drift = {key: rng.uniform(0.0, 0.12) for key in positions}
    levels = float(model.level_count)
    for number in range(count):
        snapshot_id = number + 1
        back = count - number  # how many workshops before today's
        snapshots.append(
            SnapshotRecord(
                snapshot_id,
                number,
                f"Globex Group platform maturity assessment, round {number + 1}",
                "Globex Group AG, Zürich · São Paulo · 東京",
                today - timedelta(days=91 * back),
                "Sam Okonkwo",
                model.version,
                now,
            )
        )
        for team in team_rows:
            team_id = number * len(team_rows) + team.id
            teams.append(SnapshotTeamRecord(team_id, snapshot_id, team.uid, team.name, team.colour, team.sort_order))
            for aspect in model.aspects:
                key = (team.id, aspect.id)
                value = round(min(max(positions[key] - drift[key] * back, 0.0), levels), 2)
                placed.append(SnapshotPositionRecord(len(placed) + 1, team_id, aspect.id, value))
        for index, row in enumerate(action_rows):
            action_id = number * len(action_rows) + index + 1
            status = ACTION_STATUSES[(index + number) % len(ACTION_STATUSES)]
            before = action_id - len(action_rows) if number else None
            carried = before is not None and actions[before - 1].status in open_statuses
            team_id = None if row.team_id is None else number * len(team_rows) + row.team_id
            actions.append(
                SnapshotActionRecord(
                    action_id,
                    snapshot_id,
                    team_id,
                    row.aspect_id,
                    row.target_level_id,
                    row.title,
                    row.owner,
                    row.due_date,
                    status,
                    before if carried else None,
                )
            )
    for action in actions:
        if action.status in open_statuses:
            later = action.id + len(action_rows)
            if later <= len(actions):  # reviewed in the workshop after it, by what that one's status says
                status = actions[later - 1].status
                outcome = "done" if status == "done" else "dropped" if status == "dropped" else "carried"
                reviews.append(ReviewRecord(len(reviews) + 1, action.id, outcome, "", now))
            else:  # carried into today's workshop, not reviewed yet
                reviews.append(ReviewRecord(len(reviews) + 1, action.id, "pending", "", None))
    return HistoryRecords(snapshots, teams, placed, [], actions, reviews)


__all__ = ["write_large_workshop"]
