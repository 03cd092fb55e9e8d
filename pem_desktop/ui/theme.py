"""Light, dark and presentation themes: a Qt palette, a style sheet and the board's colours."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication


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


LIGHT = Theme("light", "#F6F7F9", "#FFFFFF", "#111827", "#4B5563", "#CBD2DC", "#2563EB", 0.16)
DARK = Theme("dark", "#111318", "#1B1E25", "#F3F4F6", "#B4BAC4", "#3A404C", "#60A5FA", 0.22, dark=True)
# Presentation: high contrast and large type, readable from the back of a room.
PRESENTATION = Theme(
    "presentation", "#000000", "#0B0D12", "#FFFFFF", "#E5E7EB", "#6B7280", "#FACC15", 0.28, 1.45, dark=True
)
THEMES = {theme.name: theme for theme in (LIGHT, DARK)}


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Give the whole application the theme's palette, base font and style sheet."""
    app.setStyle("Fusion")
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
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#000000" if theme.dark else "#FFFFFF"))
    palette.setColor(QPalette.ColorRole.Link, QColor(theme.accent))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(10.5 * theme.scale)
    app.setFont(font)
    app.setStyleSheet(style_sheet(theme))


def style_sheet(theme: Theme) -> str:
    size = 10.5 * theme.scale
    return f"""
    QTabBar#aspectNavigator::tab {{
        padding: {6 * theme.scale:.0f}px {16 * theme.scale:.0f}px; margin-right: 2px;
        font-size: {size * 1.25:.1f}pt; font-weight: 600; color: {theme.muted};
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
    QTextBrowser {{ border: none; }}
    QToolButton#timebox {{ font-size: {size * 1.25:.1f}pt; font-weight: 700; padding: 2px 10px; border-radius: 6px; }}
    QToolButton#timebox[state="running"] {{ color: {theme.text}; }}
    QToolButton#timebox[state="soon"] {{ background: #FDE68A; color: #78350F; }}
    QToolButton#timebox[state="over"] {{ background: #F59E0B; color: #000000; }}
    QToolBar {{ spacing: 6px; border: none; }}
    """
