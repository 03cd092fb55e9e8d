"""Write model/cncf-cloud-native-v3-mapping.md: each statement of the CNCF Cloud Native Maturity Model
3.0 beside the cell of our model file that summarises it, and our text.

    python docs/make_model_mapping.py [--check]

The source is not copied: each statement is named by its document, heading and level, with a gist of
a few words of our own. Our texts are read from the model file, so the table follows it; `--check`
exits non-zero when the written file is out of date (the test suite runs the same check).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's code, whatever is installed

from pem_desktop.maturity import load_model_file  # noqa: E402
from pem_desktop.maturity.credit import credit_lines  # noqa: E402
from pem_desktop.maturity.model import Aspect, MaturityModel  # noqa: E402

MODEL = ROOT / "model" / "cncf-cloud-native-v1.yaml"
OUT = MODEL.with_name("cncf-cloud-native-v3-mapping.md")

# Per aspect: the source document, and per topic of ours (or "overview": the level list that opens
# each document, summarised in each level's meaning) the source's heading and a gist of its
# statement at each level (1-5). Business Outcomes has no sub-topics in the source: its headings are
# the level sections, and our topics group what they say.
SOURCE = {
    "business-outcomes": (
        "business_outcomes.md",
        {
            "overview": (
                None,
                [
                    "POC done, pre-production",
                    "production; evaluate; plateau",
                    "outcomes follow team experience",
                    "security, policy, governance; plateau",
                    "optimise continuously",
                ],
            ),
            "goals-and-kpis": (
                None,
                [
                    "define initial KPIs, how shown",
                    "measure against KPIs; ROI lower",
                    "monitoring reports; utilisation, cost",
                    "reports: compliance, security, cost",
                    "advanced cost, performance metrics",
                ],
            ),
            "evidence": (
                None,
                [
                    "POC findings (examples)",
                    "evaluate migration benefits",
                    "compare old versus new",
                    "protocols, enforcement, comparison",
                    "goals met, measurable results",
                ],
            ),
            "leadership": (
                None,
                [
                    "discuss with leaders, CEO, board",
                    "explain which apps move, why",
                    "improve communication or review",
                    "aligned by demonstrated outcomes",
                    "show results; revisit goals",
                ],
            ),
            "reach": (
                None,
                [
                    "migration plan",
                    "repeatable patterns",
                    "no single point of failure",
                    "migrate other applications",
                    "automate away human error",
                ],
            ),
        },
    ),
    "people": (
        "people.md",
        {
            "overview": (
                "Introduction",
                [
                    "new team; leaders see benefits",
                    "training; SME pockets; DevOps",
                    "dev, ops, security committed",
                    "competency moves to developers",
                    "skilled; DevSecOps; experiments",
                ],
            ),
            "organisational-change": (
                "Organizational Change",
                [
                    "limited support; POC or one app",
                    "project teams, agile groups",
                    "structure curates practices",
                    "cloud default; DevSecOps services",
                    "whole organisation onboarded",
                ],
            ),
            "teams-and-decentralisation": (
                "Teams and Decentralization",
                [
                    "explore Kubernetes in MVP",
                    "formalise central services",
                    "centralised; exception bottlenecks",
                    "decentralise; self-service portal",
                    "self-provisioning; service ownership",
                ],
            ),
            "developer-agility": (
                "Developer Agility",
                [
                    "Scrum without Ops; slow feedback",
                    "automated build tests, deploys",
                    "CD everywhere; ops in teams",
                    "feedback to platform, NFRs",
                    "resilient throughput; FinOps",
                ],
            ),
            "upskilling-developers": (
                "Upskilling Developers",
                [
                    "12-factor, microservices training",
                    "Kubernetes basics, mechanically",
                    "repeatable troubleshooting",
                    "wide adoption; shared knowledge",
                    "blue/green, canary patterns",
                ],
            ),
            "security": (
                "Security",
                [
                    "defaults; security POC",
                    "who owns cluster security",
                    "training per risk tolerance",
                    "security in design, enforced",
                    "with community and regulators",
                ],
            ),
            "cncf-certifications": (
                "CNCF Certifications",
                [None, "CKA, CKAD around levels 2-3", "CKA, CKAD around levels 2-3", "CKS around level 4", None],
            ),
        },
    ),
    "process": (
        "process.md",
        {
            "overview": (
                "Introduction",
                [
                    "map requirements; manual work",
                    "promote basic apps; Git, CI",
                    "standardise; measure; IaC",
                    "governance; guardrails; library",
                    "automated responses; costs",
                ],
            ),
            "audit-and-logs": (
                "Audit and Logs",
                [
                    "manual log scraping; no SIEM",
                    "define log aggregation",
                    "initial audits, alerts",
                    "audits, alerts mandatory",
                    "audits enforced",
                ],
            ),
            "ci-cd": (
                "CI/CD",
                [
                    "carry CI/CD over",
                    "structured build, deploy",
                    "CI/CD centre of excellence",
                    "measure release velocity",
                    "show CI/CD business benefit",
                ],
            ),
            "change-control": (
                "Change Control",
                [
                    "none; ad hoc requests",
                    "SCM merge or tag deploys",
                    "measured quality; CI success",
                    "CD with operator gate",
                    "continuous deployment; QE",
                ],
            ),
            "security": (
                "Security",
                [
                    "security journey starts",
                    "scanning in CI",
                    "continuous automatic scanning",
                    "automated remediation, advice",
                    "secured supply chain",
                ],
            ),
        },
    ),
    "policy": (
        "policy.md",
        {
            "overview": (
                "Introduction",
                [
                    "few documented policies",
                    "initial standard policies",
                    "policy as code in CI",
                    "SLAs for policies, remediation",
                    "refined; machine learning",
                ],
            ),
            "policy-creation": (
                "Policy Creation",
                [
                    "understand app requirements",
                    "initial resource metrics",
                    "policies from refined metrics",
                    "tailored; few exceptions",
                    "contribute; engage regulators",
                ],
            ),
            "compliance": (
                "Compliance",
                [
                    "learn CIS, NIST, PCI; SLOs",
                    "manual or scripted audits",
                    "automated audits on Kubernetes",
                    "tooling beyond Kubernetes",
                    "ML spots anomalies",
                ],
            ),
        },
    ),
    "technology": (
        "technology.md",
        {
            "overview": (
                "The Technology Overview",
                [
                    "experimenting; not production",
                    "first production; monitoring",
                    "scaling; most tools",
                    "full control; chasm crossed",
                    "automation; operators",
                ],
            ),
            "infrastructure": (
                "Infrastructure",
                [
                    "build infrastructure; IaC",
                    "production clusters",
                    "visibility; replace failures",
                    "Cluster API; control plane",
                    "lifecycle through code",
                ],
            ),
            "application-patterns": (
                "Application Patterns and Refactoring",
                [
                    "review microservice patterns",
                    "first APIs; microservices first",
                    "services, not servers",
                    "microservices preferred; mesh",
                    "greenfield is cloud native",
                ],
            ),
            "container-and-runtime": (
                "Container and Runtime Management",
                [
                    "container builds, registry",
                    "experiment with tooling",
                    "consistent tooling, scanning",
                    "integrate data sources",
                    "automated event response",
                ],
            ),
            "release-and-operations": (
                "Application Release and Operations",
                [
                    "ad hoc kubectl, kustomize",
                    "CI or release tooling",
                    "Helm; first GitOps",
                    "GitOps operators; Helm",
                    "workflows live in Git",
                ],
            ),
            "testing-and-issues": (
                "Testing and Issue Detection",
                [
                    "manual, smoke, UAT tests",
                    "experiment in staging",
                    "in production; dashboards",
                    "aggregate; fix left",
                    "prevent mistakes",
                ],
            ),
            "security-and-policy": (
                "Security and Policy",
                [
                    "start secured pipeline",
                    "containers, secrets, encryption",
                    "guardrails as code",
                    "policy in production",
                    "tuned; controlled exceptions",
                ],
            ),
        },
    ),
}

# The prologue's one-line description of each level, which our level descriptions summarise.
PROLOGUE = [
    "baseline in place, pre-production",
    "foundation established, to production",
    "competency grows, processes for scale",
    "security, policy, governance improve",
    "revisit decisions, optimise",
]

# Business Outcomes' examples, which our model keeps as scenarios: (level, the source's list, gist).
SCENARIOS = {
    ("business-outcomes", 1): [("KPI examples", "numeric KPI examples"), ("KPI examples", "qualitative KPI examples")],
    ("business-outcomes", 3): [
        ("old vs. new", "IaC: minutes, not days"),
        ("old vs. new", "monitoring for attacks"),
        ("old vs. new", "observability"),
        ("old vs. new", "reusability"),
    ],
}


def cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _aspect_section(model: MaturityModel, aspect: Aspect) -> list[str]:
    document, topics = SOURCE[aspect.id]
    known = {"overview", *(topic.id for topic in aspect.topics)}
    if set(topics) != known:
        raise SystemExit(f"{aspect.id}: the mapping's topics {sorted(topics)} are not the model's {sorted(known)}")
    out = [f"## {aspect.name} (`{document}`)", ""]
    for topic_id, (heading, gists) in topics.items():
        topic = next((t for t in aspect.topics if t.id == topic_id), None)
        ours = "each level's meaning" if topic is None else f"topic “{topic.name}” (`{topic.id}`)"
        where = heading or "Level sections"
        out += [
            f"### {where} → {ours}",
            "",
            "| Source level | Source statement, in brief | Our text |",
            "| --- | --- | --- |",
        ]
        for entry in aspect.levels:
            number = entry.level.index + 1
            if topic is None:
                texts = [entry.meaning]
            else:
                texts = [text for of, text in entry.topical_characteristics if of is not None and of.id == topic_id]
            gist = gists[entry.level.index]
            if (gist is None) != (not texts):
                raise SystemExit(f"{aspect.id}/{topic_id}/level {number}: the mapping and the model disagree")
            if gist is None:
                continue
            source = f"Level {number}: {entry.level.name}"
            out.append(f"| {source} | {cell(gist)} | {'<br>'.join(cell(text) for text in texts)} |")
        out.append("")
    for entry in aspect.levels:
        number = entry.level.index + 1
        examples = SCENARIOS.get((aspect.id, number), [])
        if len(examples) != len(entry.scenarios):
            raise SystemExit(f"{aspect.id}/level {number}: the mapping lists {len(examples)} examples")
        if examples:
            out += [
                f"### Level {number}: {entry.level.name}, examples → scenarios",
                "",
                "| Source list | Source example, in brief | Our scenario |",
                "| --- | --- | --- |",
            ]
            out += [
                f"| {where} | {gist} | {cell(text)} |"
                for (where, gist), text in zip(examples, entry.scenarios, strict=True)
            ]
            out.append("")
    return out


def mapping_text() -> str:
    model = load_model_file(MODEL).model
    out = [
        "# The Cloud Native Maturity Model 3.0, statement by statement",
        "",
        "Each statement of the CNCF Cloud Native Maturity Model 3.0, named by its document, heading and level, "
        "beside the cell of `cncf-cloud-native-v1.yaml` that summarises it and our text. The source's "
        "statements are not reproduced: read them in the source itself; the brief column is our own "
        "gist. Written by `python docs/make_model_mapping.py` from the model file.",
        "",
        "Each aspect's opening list of levels is summarised in each level's `meaning`, and each named "
        "sub-topic is a topic of ours, with one characteristic per level at the level where the source "
        "puts it. The prologue's five level descriptions are the model's level descriptions. Our own "
        "synthesis, with no source statement behind it: the short labels and one-line summaries of the "
        "levels within each aspect, the grouping of Business Outcomes into four topics (its source has "
        "none) and the guided questions.",
        "",
        *(f"> {line}" if index == 0 else f">\n> {line}" for index, line in enumerate(credit_lines(model))),
        "",
    ]
    out += [
        "## The levels (`prologue.md`, the five stages of the journey)",
        "",
        "| Source level | Source statement, in brief | Our level description |",
        "| --- | --- | --- |",
        *(
            f"| Level {level.index + 1}: {level.name} | {gist} | {cell(level.description or '')} |"
            for level, gist in zip(model.levels, PROLOGUE, strict=True)
        ),
        "",
    ]
    for aspect in model.aspects:
        out += _aspect_section(model, aspect)
    return "\n".join(out).rstrip() + "\n"


def main() -> int:
    text = mapping_text()
    if "--check" in sys.argv[1:]:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is out of date: run python docs/make_model_mapping.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
