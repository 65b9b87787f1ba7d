"""Light and dark appearance, and fonts that cover Latin, Cyrillic, CJK and emoji.

"system" follows the OS colour scheme (QStyleHints.colorScheme); "light" and "dark"
force one, using the Fusion style with our palette so every platform looks the same.
"""

from __future__ import annotations

import contextlib
from typing import Literal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

ThemeMode = Literal["system", "light", "dark"]
THEME_MODES: tuple[ThemeMode, ...] = ("system", "light", "dark")

# Font fallback, in order: the system UI font first (set by Qt), then families that
# cover CJK and colour emoji on Linux, Windows and macOS. Missing ones are skipped.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
)
EMOJI_FAMILIES = ("Noto Color Emoji", "Segoe UI Emoji", "Apple Color Emoji")
LATIN_FAMILIES = ("Noto Sans", "Segoe UI", "Helvetica Neue", "Arial")
MONO_FAMILIES = ("Noto Sans Mono", "DejaVu Sans Mono", "Consolas", "Menlo")


def font_with_fallbacks(base: QFont, first: tuple[str, ...] = ()) -> QFont:
    """`base` with a family list that renders every script the app meets."""
    font = QFont(base)
    families: list[str] = []
    for family in (*first, *base.families(), base.family(), *LATIN_FAMILIES, *CJK_FAMILIES):
        if family and family not in families:
            families.append(family)
    families.extend(f for f in EMOJI_FAMILIES if f not in families)
    font.setFamilies(families)
    return font


def editor_font(size: float = 11.0) -> QFont:
    """The font of the text editors (proportional; copy is read as prose)."""
    app_font = QApplication.font()
    font = font_with_fallbacks(app_font)
    font.setPointSizeF(max(size, app_font.pointSizeF()))
    return font


def light_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#F3F4F6"), QColor("#FFFFFF"), QColor("#1F2328")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#F6F8FA"))
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, QColor("#FBFBFC"))
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.Highlight, QColor("#2F6FEB"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#FFFFFF"))
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#8C959F"))
        p.setColor(group, QPalette.ColorRole.Link, QColor("#0969DA"))
        p.setColor(group, QPalette.ColorRole.Mid, QColor("#D0D7DE"))
        p.setColor(group, QPalette.ColorRole.Midlight, QColor("#E5E7EB"))
        p.setColor(group, QPalette.ColorRole.Dark, QColor("#AFB8C1"))
        p.setColor(group, QPalette.ColorRole.Light, QColor("#FFFFFF"))
    for role, colour in (
        (QPalette.ColorRole.WindowText, "#8C959F"),
        (QPalette.ColorRole.Text, "#8C959F"),
        (QPalette.ColorRole.ButtonText, "#8C959F"),
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return p


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#1E1F22"), QColor("#151618"), QColor("#E6E7E9")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#24262A"))
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, QColor("#2A2C30"))
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.Highlight, QColor("#3B73D9"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#2A2C30"))
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#7D8590"))
        p.setColor(group, QPalette.ColorRole.Link, QColor("#58A6FF"))
        p.setColor(group, QPalette.ColorRole.BrightText, QColor("#FFFFFF"))
        p.setColor(group, QPalette.ColorRole.Mid, QColor("#3A3D42"))
        p.setColor(group, QPalette.ColorRole.Midlight, QColor("#33363B"))
        p.setColor(group, QPalette.ColorRole.Dark, QColor("#0E0F10"))
        p.setColor(group, QPalette.ColorRole.Light, QColor("#3F4247"))
        p.setColor(group, QPalette.ColorRole.Shadow, QColor("#000000"))
    for role, colour in (
        (QPalette.ColorRole.WindowText, "#6E7681"),
        (QPalette.ColorRole.Text, "#6E7681"),
        (QPalette.ColorRole.ButtonText, "#6E7681"),
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return p


class ThemeManager(QObject):
    """Applies a theme mode to the application and says when light/dark flips."""

    scheme_changed = Signal(bool)  # True when the effective scheme is dark

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.mode: ThemeMode = "system"
        self._native_style = app.style().name()
        self._native_palette = QPalette(app.palette())
        self._system_scheme = QGuiApplication.styleHints().colorScheme()
        self._dark = self._system_is_dark()
        app.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    def _system_is_dark(self) -> bool:
        return bool(self._system_scheme == Qt.ColorScheme.Dark)

    @property
    def dark(self) -> bool:
        return self._dark

    def apply(self, mode: ThemeMode) -> None:
        self.mode = mode
        was_dark = self._dark
        if mode == "system":
            self._dark = self._system_is_dark()
            if self._dark and self._native_style.lower() not in ("windows11", "macos"):
                # styles that ignore the OS scheme get our dark palette
                self._set_style("fusion")
                self.app.setPalette(dark_palette())
            else:
                self._set_style(self._native_style)
                self.app.setPalette(self._native_palette)
        else:
            self._dark = mode == "dark"
            self._set_style("fusion")
            self.app.setPalette(dark_palette() if self._dark else light_palette())
        if self._dark != was_dark:
            self.scheme_changed.emit(self._dark)

    def _set_style(self, name: str) -> None:
        # setStyle re-polishes every widget: skip it when nothing changes (startup)
        if self.app.style().name().lower() == name.lower():
            return
        style = QStyleFactory.create(name)
        if style is not None:
            self.app.setStyle(style)

    def _on_system_scheme(self, scheme: Qt.ColorScheme) -> None:
        self._system_scheme = scheme
        if self.mode == "system":
            self.apply("system")

    def disconnect_system(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.app.styleHints().colorSchemeChanged.disconnect(self._on_system_scheme)


_managers: dict[int, ThemeManager] = {}


def theme_manager() -> ThemeManager:
    """The application's one ThemeManager (created on first use)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a QApplication must exist"
    manager = _managers.get(id(app))
    if manager is None or manager.app is not app:
        manager = _managers[id(app)] = ThemeManager(app)
    return manager
