"""Light, dark and presentation themes: a Qt palette, a style sheet and the board's colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from pem_desktop.palette import text_colour_on


@dataclass(frozen=True)
class Theme:
    """The colours of one theme; `scale` enlarges every font (presentation mode)."""

    name: str
    window: str
    panel: str
    text: str
    muted: str
    line: str
    accent: str
    column_tint: float  # how much of the level colour shows in a column's background
    scale: float = 1.0
    dark: bool = False
    focus: str = "#111827"  # the ring around the selected card: the strongest colour on the window

    @property
    def presenting(self) -> bool:
        return self.scale > 1.0


LIGHT = Theme("light", "#F6F7F9", "#FFFFFF", "#111827", "#4B5563", "#CBD2DC", "#2563EB", 0.16)
DARK = Theme("dark", "#111318", "#1B1E25", "#F3F4F6", "#B4BAC4", "#3A404C", "#60A5FA", 0.22, dark=True, focus="#FFFFFF")
# Presentation: high contrast and large type, readable from the back of a room; light for bright rooms
# and washed-out projectors, dark for dim ones.
PRESENTATION_LIGHT = Theme(
    "presentation-light", "#FFFFFF", "#F3F4F6", "#000000", "#374151", "#9CA3AF", "#1D4ED8", 0.24, 1.45, focus="#000000"
)
PRESENTATION = Theme(
    "presentation", "#000000", "#0B0D12", "#FFFFFF", "#E5E7EB", "#6B7280", "#FACC15", 0.28, 1.45, True, "#FACC15"
)
THEMES = {theme.name: theme for theme in (LIGHT, DARK)}

_system_font: QFont | None = None


def presentation_theme(theme: Theme) -> Theme:
    """The presentation variant of a theme (large type, high contrast), keeping it light or dark."""
    return PRESENTATION if theme.dark else PRESENTATION_LIGHT


def system_font() -> QFont:
    """The desktop's own UI font, as it was before a theme was applied (its size follows the user's setting)."""
    return QFont(_system_font if _system_font is not None else QGuiApplication.font())


def system_point_size() -> float:
    """The desktop's UI font size in points (a font set in pixels is converted), within sane limits."""
    font = system_font()
    size = font.pointSizeF()
    if size <= 0 and font.pixelSize() > 0:
        size = font.pixelSize() * 72 / 96
    return min(max(size if size > 0 else 10.0, 7.0), 32.0)


# The Fusion style, chosen when the application object is made (create_application passes these arguments):
# setting it later with setStyle("Fusion") hands PySide6 the new QStyle, whose Python type it then builds
# with its eleven enums (some 540 values, 7 ms of the start-up).
FUSION_ARGUMENTS = ("-style", "fusion")
FUSION_SET = "pemDesktopFusion"  # the application's property saying the style is Fusion already


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Give the whole application the theme's palette, base font and style sheet."""
    global _system_font
    if _system_font is None:  # the first time: remember the desktop's font before the theme sets its own
        _system_font = QFont(app.font())
    if not app.property(FUSION_SET):
        app.setStyle("Fusion")
        app.setProperty(FUSION_SET, True)
    palette = QPalette()
    window, panel, text, muted = QColor(theme.window), QColor(theme.panel), QColor(theme.text), QColor(theme.muted)
    palette.setColor(QPalette.ColorRole.Window, window)
    palette.setColor(QPalette.ColorRole.WindowText, text)
    palette.setColor(QPalette.ColorRole.Base, panel)
    palette.setColor(QPalette.ColorRole.AlternateBase, window)
    palette.setColor(QPalette.ColorRole.Text, text)
    palette.setColor(QPalette.ColorRole.Button, panel)
    palette.setColor(QPalette.ColorRole.ButtonText, text)
    palette.setColor(QPalette.ColorRole.ToolTipBase, panel)
    palette.setColor(QPalette.ColorRole.ToolTipText, text)
    palette.setColor(QPalette.ColorRole.PlaceholderText, muted)
    palette.setColor(QPalette.ColorRole.Highlight, QColor(theme.accent))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(text_colour_on(theme.accent)))
    palette.setColor(QPalette.ColorRole.Link, QColor(theme.accent))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
    app.setPalette(palette)
    font = system_font()
    font.setPointSizeF(system_point_size() * theme.scale)
    app.setFont(font)
    app.setStyleSheet(style_sheet(theme))


def style_sheet(theme: Theme) -> str:
    size = system_point_size() * theme.scale
    return f"""
    QTabBar#aspectNavigator::tab {{
        padding: {6 * theme.scale:.0f}px {12 * theme.scale:.0f}px; margin-right: 2px; color: {theme.muted};
        border: none; border-bottom: 3px solid transparent; background: transparent;
    }}
    QTabBar#aspectNavigator::tab:selected {{ color: {theme.text}; border-bottom: 3px solid {theme.accent}; }}
    QTabBar#aspectNavigator::tab:hover {{ color: {theme.text}; }}
    QLabel#sectionTitle {{ font-size: {size * 1.15:.1f}pt; font-weight: 700; }}
    QLabel#aspectTitle {{ font-size: {size * 1.9:.1f}pt; font-weight: 700; }}
    QLabel#aspectQuestion {{ font-size: {size * 1.2:.1f}pt; color: {theme.muted}; }}
    QLabel#startTitle {{ font-size: {size * 2.2:.1f}pt; font-weight: 700; }}
    QLabel#muted {{ color: {theme.muted}; }}
    QLabel#banner {{ background: #FEF3C7; color: #78350F; padding: 6px 10px; font-weight: 600; }}
    QPushButton#primary {{
        background: {theme.accent}; color: {"#000000" if theme.dark else "#FFFFFF"};
        padding: 8px 18px; border-radius: 6px; font-weight: 600;
    }}
    QPushButton#big {{ padding: 8px 18px; border-radius: 6px; }}
    QTextBrowser {{ border: 3px solid transparent; }}
    QTextBrowser:focus {{ border: 3px solid {theme.focus}; }}
    QFocusFrame#focusRing {{ border: 3px solid {theme.focus}; border-radius: 4px; }}
    QLabel#formError {{ color: {"#FCA5A5" if theme.dark else "#B91C1C"}; font-weight: 600; }}
    QToolButton#timebox {{ font-size: {size * 1.25:.1f}pt; font-weight: 700; padding: 2px 10px; border-radius: 6px; }}
    QToolButton#timebox[state="running"] {{ color: {theme.text}; }}
    QToolButton#timebox[state="soon"] {{ background: #FDE68A; color: #78350F; }}
    QToolButton#timebox[state="over"] {{ background: #B91C1C; color: #FFFFFF; }}
    QToolBar {{ spacing: 6px; border: none; }}
    """
