"""Light and dark appearance, and fonts that cover Latin, Cyrillic, CJK and emoji.

"system" follows the OS colour scheme (QStyleHints.colorScheme); "light" and "dark"
force one, using the Fusion style with our palette so every platform looks the same.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
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
    """`base` with a family list that renders every script the app meets: the `first`
    families this machine has (a platform's CSS font stack), base's own, then ours."""
    font = QFont(base)
    own = (*base.families(), base.family())  # the system's, kept even if unlisted (macOS)
    families: list[str] = []
    for family in (*installed(first), *own, *installed(LATIN_FAMILIES + CJK_FAMILIES)):
        if family and family not in families:
            families.append(family)
    families.extend(f for f in installed(EMOJI_FAMILIES) if f not in families)
    font.setFamilies(families)
    return font


_FONT_FAMILIES: set[str] = set()


def installed(families: tuple[str, ...]) -> list[str]:
    """The `families` the font database has. Qt would skip the others, but only after
    asking fontconfig about each, for every font made from the list: ~15 ms before the
    first paint on a Linux machine with Noto's 300 fonts, for the Windows and Apple
    names in the platforms' CSS stacks."""
    if not _FONT_FAMILIES:
        _FONT_FAMILIES.update(QFontDatabase.families())
    return [family for family in families if family in _FONT_FAMILIES]


def editor_font(size: float = 11.0) -> QFont:
    """The font of the text editors (proportional; copy is read as prose)."""
    app_font = QApplication.font()
    font = font_with_fallbacks(app_font)
    font.setPointSizeF(max(size, app_font.pointSizeF()))
    return font


Role = QPalette.ColorRole

# Active and inactive colours of our two palettes; a role left out keeps Qt's default.
LIGHT_COLOURS = {
    Role.Window: "#F3F4F6",
    Role.WindowText: "#1F2328",
    Role.Base: "#FFFFFF",
    Role.AlternateBase: "#F6F8FA",
    Role.Text: "#1F2328",
    Role.Button: "#FBFBFC",
    Role.ButtonText: "#1F2328",
    Role.Highlight: "#2F6FEB",
    Role.HighlightedText: "#FFFFFF",
    Role.ToolTipBase: "#FFFFFF",
    Role.ToolTipText: "#1F2328",
    Role.PlaceholderText: "#8C959F",
    Role.Link: "#0969DA",
    Role.Mid: "#D0D7DE",
    Role.Midlight: "#E5E7EB",
    Role.Dark: "#AFB8C1",
    Role.Light: "#FFFFFF",
}
DARK_COLOURS = {
    Role.Window: "#1E1F22",
    Role.WindowText: "#E6E7E9",
    Role.Base: "#151618",
    Role.AlternateBase: "#24262A",
    Role.Text: "#E6E7E9",
    Role.Button: "#2A2C30",
    Role.ButtonText: "#E6E7E9",
    Role.Highlight: "#3B73D9",
    Role.HighlightedText: "#FFFFFF",
    Role.ToolTipBase: "#2A2C30",
    Role.ToolTipText: "#E6E7E9",
    Role.PlaceholderText: "#7D8590",
    Role.Link: "#58A6FF",
    Role.BrightText: "#FFFFFF",
    Role.Mid: "#3A3D42",
    Role.Midlight: "#33363B",
    Role.Dark: "#0E0F10",
    Role.Light: "#3F4247",
    Role.Shadow: "#000000",
}


def make_palette(colours: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in colours.items():
            palette.setColor(group, role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def light_palette() -> QPalette:
    return make_palette(LIGHT_COLOURS, disabled_text="#8C959F")


def dark_palette() -> QPalette:
    return make_palette(DARK_COLOURS, disabled_text="#6E7681")


class ThemeManager(QObject):
    """Applies a theme mode to the application and says when light/dark flips."""

    scheme_changed = Signal(bool)  # True when the effective scheme is dark

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.mode: ThemeMode = "system"
        # the style Qt chose, read when it is first about to be replaced: reading it wraps
        # the app's QStyle, which makes its ~11 enum types (~3 ms before the first paint)
        self._native_style: str | None = None
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
            if self._dark and self._native().lower() not in ("windows11", "macos"):
                # styles that ignore the OS scheme get our dark palette
                self._set_style("fusion")
                self.app.setPalette(dark_palette())
            else:
                if self._native_style is not None:  # else never replaced
                    self._set_style(self._native_style)
                self.app.setPalette(self._native_palette)
        else:
            self._dark = mode == "dark"
            self._set_style("fusion")
            self.app.setPalette(dark_palette() if self._dark else light_palette())
        if self._dark != was_dark:
            self.scheme_changed.emit(self._dark)

    def _native(self) -> str:
        if self._native_style is None:
            self._native_style = self.app.style().name()
        return self._native_style

    def _set_style(self, name: str) -> None:
        self._native()  # known before anything replaces it
        # setStyle re-polishes every widget: skip it when nothing changes
        if self.app.style().name().lower() == name.lower():
            return
        style = QStyleFactory.create(name)
        if style is not None:
            self.app.setStyle(style)

    def _on_system_scheme(self, scheme: Qt.ColorScheme) -> None:
        self._system_scheme = scheme
        if self.mode == "system":
            self.apply("system")


_managers: dict[int, ThemeManager] = {}


def theme_manager() -> ThemeManager:
    """The application's one ThemeManager (created on first use)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a QApplication must exist"
    manager = _managers.get(id(app))
    if manager is None or manager.app is not app:
        manager = _managers[id(app)] = ThemeManager(app)
    return manager
