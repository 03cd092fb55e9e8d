"""The appendix: what each level looks like on each aspect (the model's characteristics, which the
aspect chapters link to), then the model's credit, source and licence."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from pem_desktop import APP_NAME, __version__
from pem_desktop.export.pdf.aspects import appendix_key
from pem_desktop.export.pdf.context import Context, subheading, titled
from pem_desktop.export.pdf.text import LINK, attribute, bold, heading, marked, plain, rich
from pem_desktop.export.pdf_fonts import BOLD, REGULAR, markup
from pem_desktop.export.phrases import numbered
from pem_desktop.i18n import gettext as _


def appendix_chapters(context: Context) -> list[Flowable]:
    out = _levels(context)
    return [*out, CondPageBreak(200), *_about(context)]


def _levels(context: Context) -> list[Flowable]:
    roadmap = context.roadmap
    out: list[Flowable] = [
        *titled(_("What each level looks like"), "h1", 0, "appendix-levels"),
        plain(
            _(
                "The model's description of each level on each aspect, in its own words: the characteristics an "
                "organisation at that level shows. The aspect chapters link here."
            ),
            "small",
        ),
    ]
    for aspect in roadmap.aspects:
        title = numbered(aspect.number, aspect.aspect.name)
        out += titled(title, "h2", 1, f"appendix-{aspect.number}", in_contents=False)
        for entry in aspect.aspect.levels:
            made = heading(entry.heading, "h3", 2, appendix_key(aspect.number, entry.level.index))
            out += [CondPageBreak(48), made, plain(entry.meaning, "small")]
            out += [
                rich("bullet", *([(topic.name + _(": "), BOLD)] if topic else []), (item, REGULAR), bullet="•")
                for topic, item in entry.topical_characteristics
            ]
    return out


def _about(context: Context) -> list[Flowable]:
    model = context.model
    out: list[Flowable] = [
        *titled(_("About the model"), "h1", 0, "appendix"),
        marked(markup(_("{model}, version {version}")).format(model=bold(model.title), version=markup(model.version))),
    ]
    if model.description:
        out.append(plain(model.description))
    if model.credit:
        out.append(plain(model.credit))
    if model.source:
        source = model.source
        parts = [bold(source.title)]
        parts += [markup(x) for x in (source.copyright, source.author, source.published) if x]
        line = markup(_("Source: {source}")).format(source=markup(_(", ")).join(parts))
        if source.url:
            line += f' — <link href="{attribute(source.url)}" color="{LINK}">{markup(source.url)}</link>'
        out.append(marked(line, "body"))
    if model.licence:
        line = markup(_("Licence: {licence}")).format(licence=markup(model.licence.name))
        if model.licence.url:
            url = model.licence.url
            line += f' — <link href="{attribute(url)}" color="{LINK}">{markup(url)}</link>'
        out.append(marked(line, "body"))
    out += subheading(_("Levels, lowest first"), keep=40)
    for level in model.levels:
        description = [(_(": ") + level.description, REGULAR)] if level.description else []
        out.append(rich("bullet", (level.name, BOLD), *description, bullet="•"))
    out.append(Spacer(1, 10))
    if model.source:
        origin = _("the model's texts summarise its source, credited above.")
    else:
        origin = _("the model's texts are those of the model named above.")
    made = _("Made with {app} {version}. Positions, targets and actions are the workshop's own record;").format(
        app=APP_NAME, version=__version__
    )
    out.append(plain(f"{made} {origin}", "small"))
    return out
