"""The main window's own actions, menus and toolbar: File (new, open, recent, save,
quit), Edit (undo, redo, platform texts, the platforms in the draft), View (theme,
preview layout, cards), Tools and Help. Features add their entries afterwards through
`window.menus` and `window.toolbar`. The strings keep the MainWindow context of the
translations."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QIcon,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QToolBar,
    QWidget,
)

from socialdesk import paths
from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.ui.common.i18n import translate
from socialdesk.ui.common.qt_settings import clear_recent, read_recent
from socialdesk.ui.common.widgets import open_folder

# the actions' icons: the desktop's icon theme's, or else the style's
ICONS = {
    "new_action": ("document-new", "SP_FileIcon"),
    "open_action": ("document-open", "SP_DialogOpenButton"),
    "save_action": ("document-save", "SP_DialogSaveButton"),
    "undo_action": ("edit-undo", "SP_ArrowBack"),
    "redo_action": ("edit-redo", "SP_ArrowForward"),
}


def _set_icons(window: Any) -> None:
    from PySide6.QtWidgets import QStyle  # importing it makes its enums: ~5 ms

    pixmaps = QStyle.StandardPixmap
    for name, (theme_name, fallback) in ICONS.items():
        style_icon = window.style().standardIcon(getattr(pixmaps, fallback))
        getattr(window, name).setIcon(QIcon.fromTheme(theme_name, style_icon))


def build_actions(window: Any) -> None:
    def action(text: str, slot: object, keys: object = None) -> QAction:
        act = QAction(text, window)
        if isinstance(keys, QKeySequence.StandardKey):
            act.setShortcuts(keys)
        elif isinstance(keys, str):
            act.setShortcut(QKeySequence(keys))
        act.triggered.connect(slot)  # type: ignore[arg-type]
        return act

    window.new_action = action(
        translate("MainWindow", "&New"),
        window.new_draft,
        QKeySequence.StandardKey.New,
    )
    window.open_action = action(
        translate("MainWindow", "&Open…"),
        lambda: window.open_draft(),
        QKeySequence.StandardKey.Open,
    )
    window.save_action = action(
        translate("MainWindow", "&Save"),
        window.save,
        QKeySequence.StandardKey.Save,
    )
    window.save_as_action = action(
        translate("MainWindow", "Save &As…"), window.save_as, QKeySequence.StandardKey.SaveAs
    )
    if not window.save_as_action.shortcuts():
        window.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
    window.quit_action = action(
        translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit
    )
    if not window.quit_action.shortcuts():
        window.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    stack = window.document.undo_stack
    window.undo_action = action(
        translate("MainWindow", "&Undo"),
        stack.undo,
        QKeySequence.StandardKey.Undo,
    )
    window.redo_action = action(
        translate("MainWindow", "&Redo"),
        stack.redo,
        QKeySequence.StandardKey.Redo,
    )
    if QKeySequence("Ctrl+Shift+Z") not in window.redo_action.shortcuts():
        window.redo_action.setShortcuts([*window.redo_action.shortcuts(), "Ctrl+Shift+Z"])
    # one history for the whole draft: the keys work from every editor, field and card
    for act in (window.undo_action, window.redo_action):
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.undo_keys = UndoKeys(window)
    if QIcon.hasThemeIcon("document-open"):
        _set_icons(window)  # the toolbar shows them
    else:
        # only the menus do, which nobody opens before the first paint; the style's
        # icons wait for it (its enums take ~5 ms to make)
        window.after_first_paint(lambda: _set_icons(window))
    stack.indexChanged.connect(window.undo_keys.name_actions)
    stack.cleanChanged.connect(window.undo_keys.name_actions)
    window.undo_keys.name_actions()
    window.premium_action = QAction(
        translate("MainWindow", "X Premium account (25,000 characters)"), window, checkable=True
    )
    window.premium_action.toggled.connect(window.document.set_twitter_premium)


def build_menus(window: Any) -> None:
    bar = window.menuBar()
    file_menu = window.menus["file"] = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(window.new_action)
    file_menu.addAction(window.open_action)
    window.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
    window.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(window))
    fill_recent_menu(window)
    file_menu.addSeparator()
    file_menu.addAction(window.save_action)
    file_menu.addAction(window.save_as_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    edit_menu = window.menus["edit"] = bar.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    window.edit_variant_menu = edit_menu.addMenu(translate("MainWindow", "Edit &platform text"))
    window.revert_menu = edit_menu.addMenu(translate("MainWindow", "Re&vert to master"))
    window.enabled_menu = edit_menu.addMenu(translate("MainWindow", "Platforms in this &draft"))
    window.enabled_actions: dict[str, QAction] = {}
    for pid in PLATFORM_IDS:
        name = get_platform(pid).name
        window.edit_variant_menu.addAction(name, lambda pid=pid: window.open_variant_editor(pid))
        window.revert_menu.addAction(name, lambda pid=pid: window.document.revert_variant(pid))
        act = QAction(name, window, checkable=True)
        act.toggled.connect(lambda on, pid=pid: window.document.set_variant_enabled(pid, on))
        window.enabled_menu.addAction(act)
        window.enabled_actions[pid] = act
    edit_menu.addAction(window.premium_action)

    view_menu = window.menus["view"] = bar.addMenu(translate("MainWindow", "&View"))
    window.theme_group, window.theme_actions = _choice_menu(
        window,
        view_menu.addMenu(translate("MainWindow", "&Theme")),
        (
            ("system", translate("MainWindow", "Follow &system")),
            ("light", translate("MainWindow", "&Light")),
            ("dark", translate("MainWindow", "&Dark")),
        ),
        window.set_theme,
    )
    window.layout_group, window.layout_actions = _choice_menu(
        window,
        view_menu.addMenu(translate("MainWindow", "Preview &layout")),
        (
            ("grid", translate("MainWindow", "&Grid (two columns)")),
            ("row", translate("MainWindow", "&Row (side by side)")),
        ),
        window.set_preview_layout,
    )
    cards_menu = view_menu.addMenu(translate("MainWindow", "&Cards"))
    window.card_actions: dict[str, QAction] = {}
    for pid in PLATFORM_IDS:
        act = QAction(get_platform(pid).name, window, checkable=True)
        act.setChecked(pid not in window.hidden_cards)
        act.toggled.connect(lambda on, pid=pid: window.set_card_hidden(pid, not on))
        cards_menu.addAction(act)
        window.card_actions[pid] = act
    view_menu.addSeparator()
    expand = view_menu.addAction(translate("MainWindow", "E&xpand all posts"))
    expand.triggered.connect(lambda: _set_all_expanded(window, True))
    collapse = view_menu.addAction(translate("MainWindow", "&Fold all posts"))
    collapse.triggered.connect(lambda: _set_all_expanded(window, False))

    tools_menu = window.menus["tools"] = bar.addMenu(translate("MainWindow", "&Tools"))
    recovery = tools_menu.addAction(translate("MainWindow", "Open recovery folder"))
    recovery.triggered.connect(lambda: open_folder(paths.recovery_dir()))

    # filled by help_menu.install_help (User guide, Tour, Report a problem, About)
    window.menus["help"] = bar.addMenu(translate("MainWindow", "&Help"))


def build_toolbar(window: Any) -> None:
    window.toolbar = QToolBar(translate("MainWindow", "Main"))
    window.toolbar.setObjectName("MainToolbar")
    window.toolbar.setMovable(False)
    # with an icon theme (Linux desktops) icons and text; otherwise clean text buttons
    has_icons = QIcon.hasThemeIcon("document-open")
    window.toolbar.setToolButtonStyle(
        Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if has_icons
        else Qt.ToolButtonStyle.ToolButtonTextOnly
    )
    for act in (window.new_action, window.open_action, window.save_action):
        window.toolbar.addAction(act)
    window.toolbar.addSeparator()
    window.toolbar.addAction(window.undo_action)
    window.toolbar.addAction(window.redo_action)
    window.toolbar.addSeparator()
    window.addToolBar(window.toolbar)


def fill_recent_menu(window: Any) -> None:
    window.recent_menu.clear()
    recent = read_recent(window.settings)
    for index, path in enumerate(recent, start=1):
        label = f"&{index} {path.name}" if index < 10 else path.name
        act = window.recent_menu.addAction(label)
        act.setToolTip(str(path))
        act.setStatusTip(str(path))
        act.triggered.connect(lambda _=False, p=path: window.open_draft(p))
    if recent:
        window.recent_menu.addSeparator()
        clear = window.recent_menu.addAction(translate("MainWindow", "Clear list"))
        clear.triggered.connect(lambda: (clear_recent(window.settings), fill_recent_menu(window)))
    else:
        none = window.recent_menu.addAction(translate("MainWindow", "No recent drafts"))
        none.setEnabled(False)


def _name_undo_actions(window: Any) -> None:
    """Edit ▸ Undo says what it takes back: "Undo Apply template 'Product launch'"."""
    stack = window.document.undo_stack
    if not shiboken6.isValid(stack):
        return  # the window is closing
    for act, text, plain, tip in (
        (
            window.undo_action,
            stack.undoText(),
            translate("MainWindow", "&Undo"),
            translate("MainWindow", "&Undo {step}"),
        ),
        (
            window.redo_action,
            stack.redoText(),
            translate("MainWindow", "&Redo"),
            translate("MainWindow", "&Redo {step}"),
        ),
    ):
        act.setText(tip.format(step=text) if text else plain)
        act.setIconText(plain.replace("&", ""))  # the toolbar button keeps its short name
        act.setEnabled(bool(text) or (act is window.undo_action and stack.canUndo()))
        act.setToolTip(act.text().replace("&", ""))


def _choice_menu(
    window: Any, menu: Any, choices: tuple[tuple[str, str], ...], pick: Any
) -> tuple[QActionGroup, dict[str, QAction]]:
    """One checkable action per (key, label) in `menu`, exclusive; `pick(key)` on a click."""
    group = QActionGroup(window)
    actions: dict[str, QAction] = {}
    for key, label in choices:
        act = QAction(label, window, checkable=True)
        act.triggered.connect(lambda _=False, key=key: pick(key))
        group.addAction(act)
        menu.addAction(act)
        actions[key] = act
    return group, actions


class UndoKeys(QObject):
    """Text fields keep Ctrl+Z for their own small undo; here they give it up, so the
    window's Undo (the whole draft's) answers wherever the focus is."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        # No key reaches the window before it is active and has painted: until then a
        # filter on the whole application would only slow down the ~1,000 events of its
        # start-up (each one a call into Python).
        window.after_first_paint(self._wait_for_activation)

    def name_actions(self, *_args: object) -> None:
        _name_undo_actions(self._window)

    def _wait_for_activation(self) -> None:
        if self._window.isActiveWindow():
            self._listen_to_the_app()
        else:
            self._window.installEventFilter(self)

    def _listen_to_the_app(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.WindowActivate:
            self._window.removeEventFilter(self)
            self._listen_to_the_app()
            return False
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if not isinstance(event, QKeyEvent) or watched.window() is not self._window:
            return False
        # not the field's: returning True leaves the key to the window's shortcut
        return (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or _is_ctrl_shift_z(event)
        )


def _is_ctrl_shift_z(event: QKeyEvent) -> bool:
    wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    return event.key() == Qt.Key.Key_Z and event.modifiers() == wanted


def _set_all_expanded(window: Any, expanded: bool) -> None:
    for card in window.cards.values():
        card.set_expanded(expanded)
