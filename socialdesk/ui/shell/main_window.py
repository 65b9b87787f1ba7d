"""The editor window: one draft, a live preview card per platform.

Extension points for other features (translation, templates, accounts, publishing,
export, library) — hook in here, don't reach into private widgets:

- `window.document` — the `DraftDocument` (socialdesk/ui/shell/document.py): change the draft
  only through its methods (`set_variant_text(pid, text, origin="translated")`,
  `set_field`, `edit(...)`…); signals `changed`, `master_changed`, `variant_changed(pid)`,
  `fields_changed`, `media_changed`, `options_changed`, `draft_replaced`, `path_changed`,
  `dirty_changed(bool)`.
- `window.menus` — `dict[str, QMenu]` with keys "file", "edit", "view", "tools", "help";
  add actions with `window.menus["tools"].addAction(...)`.
- `window.toolbar` — the main `QToolBar`.
- `window.cards` — `dict[str, PlatformCard]` by platform id; a card offers
  `add_action(action, in_menu=False)`, `set_notice(text, level)` ("info"/"warning"/
  "error"; empty text hides), `set_busy(bool)`, `set_account(name, handle)`.
- `window.open_draft(path)`, `window.save()`, `window.maybe_save()`,
  `window.selected_platform`, `window.show_error(title, text)`, `window.statusBar()`.
- `window.install_features()` — where features hook themselves in, one line each. A hook
  adds actions, menus and light widgets only: the window must paint fast, so a feature
  imports its heavy modules when first used, or runs its start-up work through
  `window.after_first_paint(callback)`. `MainWindow(features=...)` picks the features
  (`ALL_FEATURES` in the app; `DEFAULT_FEATURES` otherwise, e.g. in tests).
  `window.close_guards` (callables returning False to keep the window open) and
  `window.shutdown_hooks` (called on a clean exit, e.g. to stop worker threads).
- Dialog seams tests replace: `ask_save_changes()`, `ask_restore(entry)`,
  `ask_open_path()`, `ask_save_path()`, `show_error(title, text)`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QTabBar,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from socialdesk import paths
from socialdesk.draft import SUFFIX, Draft, DraftError
from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.platforms.base import Check
from socialdesk.recovery import (
    RecoveryEntry,
    RecoverySession,
    orphaned_entries,
    register_live,
    unregister_live,
)
from socialdesk.settings import Settings
from socialdesk.ui.cards.card import PlatformCard
from socialdesk.ui.cards.preview_grid import PreviewGrid
from socialdesk.ui.cards.preview_updater import ASYNC_MIN_CHARS, PreviewUpdater
from socialdesk.ui.common.qt_settings import add_recent, clear_recent, qt_settings, read_recent
from socialdesk.ui.common.screen_fit import resize_to_fit
from socialdesk.ui.common.theme import THEME_MODES, ThemeMode, theme_manager
from socialdesk.ui.common.widgets import AMBER, RED, CounterRing, SteadyLabel, set_style, set_text
from socialdesk.ui.editor.draft_editor import DraftEditor
from socialdesk.ui.editor.fields_panel import FieldsPanel
from socialdesk.ui.editor.variant_panel import VariantPanel
from socialdesk.ui.shell.document import DraftDocument

SaveChoice = Literal["save", "discard", "cancel"]
RestoreChoice = Literal["restore", "discard", "later"]
DEFAULT_AUTOSAVE_SECONDS = 5.0
FILE_FILTER = f"SocialDesk drafts (*{SUFFIX});;All files (*)"
# The features that plug into the window, in the order their menu entries appear.
ALL_FEATURES = ("publishing", "templates", "media", "export", "library", "translation")
# A window built without `features=` (tests, tools) gets these; the app asks for all.
# Translation adds buttons to every card and the library indexes a folder on disk, so a
# test that wants them installs them (`install_translation(window)`…).
DEFAULT_FEATURES = ("publishing", "templates", "media")


class MainWindow(QMainWindow):
    """The copywriter's editor: master text, template fields, four live previews."""

    def __init__(
        self,
        autosave_seconds: float | None = None,
        *,
        features: Iterable[str] = DEFAULT_FEATURES,
    ) -> None:
        super().__init__()
        self.settings: QSettings = qt_settings()
        self.app_settings = Settings.load()
        self.document = DraftDocument()
        self.theme = theme_manager()
        self.selected_platform = str(self.settings.value("selected_platform", "twitter"))
        if self.selected_platform not in PLATFORM_IDS:
            self.selected_platform = PLATFORM_IDS[0]
        hidden = self.settings.value("hidden_cards", [])
        self.hidden_cards: set[str] = set(
            hidden if isinstance(hidden, list) else [hidden] if hidden else []
        )
        self.variant_panels: dict[str, VariantPanel] = {}
        self.menus: dict[str, QMenu] = {}
        self.updater = PreviewUpdater(self)
        self.updater.updated.connect(self._card_updated)
        self._closed = False
        # Features register here: a guard returns False to keep the window open (e.g. a
        # publish in progress); shutdown hooks stop their threads on a clean exit.
        self.close_guards: list[Callable[[], bool]] = []
        self.shutdown_hooks: list[Callable[[], None]] = []
        self._first_paint = _FirstPaint(self)
        # what counting needs, built after the first paint unless the draft needed it
        self.after_first_paint(_prepare_platforms)

        self.setAcceptDrops(True)  # drop a .sdraft file to open it
        self._build_cards()
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status()
        self._connect_document()

        self.recovery = RecoverySession()
        register_live(self.recovery)
        self._autosaved_revision = -1
        seconds = autosave_seconds
        if seconds is None:
            value = self.app_settings.get("editor", "autosave_seconds", DEFAULT_AUTOSAVE_SECONDS)
            seconds = value if isinstance(value, int | float) and value > 0 else 5.0
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(int(seconds * 1000))
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()

        self.theme.scheme_changed.connect(self._apply_dark)
        mode = str(self.settings.value("theme", "system"))
        self.set_theme(mode if mode in THEME_MODES else "system")  # type: ignore[arg-type]
        self._restore_window_state()
        self._on_draft_replaced()
        self.select_platform(self.selected_platform)
        self.install_features(features)

    def install_features(self, features: Iterable[str] = ALL_FEATURES) -> None:
        """Features add their menus, toolbar buttons and card actions here, one line each,
        in menu order. A hook is cheap (actions, menus, light widgets), and a feature's
        install function called again on the same window returns what it made the first
        time."""
        wanted = set(features)
        if unknown := wanted - set(ALL_FEATURES):
            raise ValueError(f"unknown features {sorted(unknown)}; known: {ALL_FEATURES}")
        if "publishing" in wanted:  # File ▸ Publish…, Tools ▸ Accounts…
            from socialdesk.ui.publishing.install import install_publishing

            install_publishing(self)
        if "templates" in wanted:  # template chooser and fields form, Tools ▸ Templates…
            from socialdesk.ui.templates.fields_form import install_templates

            install_templates(self)
        if "media" in wanted:  # the Images panel, Edit ▸ Attach Images…, picture drops and pastes
            from socialdesk.ui.media.controller import install_media

            install_media(self)
        if "export" in wanted:  # File ▸ Export…
            from socialdesk.ui.export.install import install_export

            install_export(self)
        if "library" in wanted:  # the drafts library dock, View ▸ Library (Ctrl+L)
            from socialdesk.ui.library.panel import install_library

            install_library(self)
        if "translation" in wanted:  # card Translate buttons, Translate all, Tools entries
            from socialdesk.ui.translation.controller import install_translation

            install_translation(self)
        # always: Help ▸ User guide, Tour, Report a problem, About; Tools ▸ Settings (issue 9)
        from socialdesk.ui.shell.install import install_shell

        install_shell(self)

    def after_first_paint(self, callback: Callable[[], object]) -> None:
        """Run `callback` once the window has painted for the first time: start-up work
        the writer should not wait for (indexing, warming caches). At once (on the next
        turn of the event loop) if it has painted, or if it is not being shown."""
        self._first_paint.then(callback)

    # == building =======================================================================
    def _build_cards(self) -> None:
        self.cards: dict[str, PlatformCard] = {}
        for pid in PLATFORM_IDS:
            card = PlatformCard(get_platform(pid))
            card.clicked.connect(self.select_platform)
            card.edit_requested.connect(self.open_variant_editor)
            card.revert_requested.connect(self.document.revert_variant)
            card.hide_requested.connect(lambda pid: self.set_card_hidden(pid, True))
            card.expanded_changed.connect(self._refresh_card)
            self.cards[pid] = card

    def _build_central(self) -> None:
        self.master_editor = DraftEditor(get_platform(self.selected_platform))
        self.master_editor.setObjectName("MasterEditor")
        self.master_editor.setAccessibleName(self.tr("Master text"))
        self.master_editor.setPlaceholderText(
            self.tr(
                "Write the post once. #hashtags, @mentions and links are highlighted; "
                "the cards show it as each platform will."
            )
        )
        self.master_editor.text_edited.connect(self.document.set_master)

        master_page = QWidget()
        master_layout = QVBoxLayout(master_page)
        master_layout.setContentsMargins(0, 0, 0, 0)
        master_layout.setSpacing(0)
        header = QHBoxLayout()
        header.setContentsMargins(12, 8, 12, 8)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Draft title"))
        self.title_edit.setFrame(False)
        font = self.title_edit.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.title_edit.setFont(font)
        self.title_edit.textEdited.connect(self.document.set_title)
        header.addWidget(self.title_edit, 1)
        header.addWidget(QLabel(self.tr("Check against")))
        self.platform_selector = QComboBox()
        for pid in PLATFORM_IDS:
            self.platform_selector.addItem(get_platform(pid).name, pid)
        self.platform_selector.setToolTip(
            self.tr(
                "The platform whose limit marks the master text red, and whose entities are highlighted"
            )
        )
        self.platform_selector.activated.connect(
            lambda i: self.select_platform(self.platform_selector.itemData(i))
        )
        header.addWidget(self.platform_selector)
        master_layout.addLayout(header)
        master_layout.addWidget(self.master_editor, 1)
        footer = QHBoxLayout()
        footer.setContentsMargins(12, 6, 12, 6)
        self.master_ring = CounterRing()
        footer.addWidget(self.master_ring)
        self.master_count = SteadyLabel()
        footer.addWidget(self.master_count)
        footer.addStretch(1)
        self.master_language = QLabel()
        footer.addWidget(self.master_language)
        master_layout.addLayout(footer)

        self.editor_tabs = QTabWidget()
        self.editor_tabs.setDocumentMode(True)
        self.editor_tabs.setTabsClosable(True)
        self.editor_tabs.addTab(master_page, self.tr("Master"))
        self.editor_tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        self.editor_tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.LeftSide, None)
        self.editor_tabs.tabCloseRequested.connect(self._close_tab)
        self.editor_tabs.currentChanged.connect(self._tab_changed)

        self.fields_panel = FieldsPanel()
        self.fields_panel.field_edited.connect(self.document.set_field)
        self.fields_panel.field_added.connect(lambda name: self.document.set_field(name, ""))
        self.fields_panel.field_removed.connect(self.document.remove_field)

        self.editor_splitter = QSplitter(Qt.Orientation.Vertical)
        self.editor_splitter.addWidget(self.editor_tabs)
        self.editor_splitter.addWidget(self.fields_panel)
        self.editor_splitter.setStretchFactor(0, 4)
        self.editor_splitter.setStretchFactor(1, 1)
        self.editor_splitter.setChildrenCollapsible(False)

        self.preview_grid = PreviewGrid(list(self.cards.values()))
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(self.editor_splitter)
        self.main_splitter.addWidget(self.preview_grid)
        self.main_splitter.setStretchFactor(0, 2)
        self.main_splitter.setStretchFactor(1, 3)
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.setSizes([520, 900])
        self.setCentralWidget(self.main_splitter)

    def _icon(self, theme_name: str, fallback: QStyle.StandardPixmap) -> QIcon:
        return QIcon.fromTheme(theme_name, self.style().standardIcon(fallback))

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap

        def action(
            text: str, slot: object, keys: object = None, icon: QIcon | None = None
        ) -> QAction:
            act = QAction(text, self)
            if icon is not None:
                act.setIcon(icon)
            if isinstance(keys, QKeySequence.StandardKey):
                act.setShortcuts(keys)
            elif isinstance(keys, str):
                act.setShortcut(QKeySequence(keys))
            act.triggered.connect(slot)  # type: ignore[arg-type]
            return act

        self.new_action = action(
            self.tr("&New"),
            self.new_draft,
            QKeySequence.StandardKey.New,
            self._icon("document-new", sp.SP_FileIcon),
        )
        self.open_action = action(
            self.tr("&Open…"),
            lambda: self.open_draft(),
            QKeySequence.StandardKey.Open,
            self._icon("document-open", sp.SP_DialogOpenButton),
        )
        self.save_action = action(
            self.tr("&Save"),
            self.save,
            QKeySequence.StandardKey.Save,
            self._icon("document-save", sp.SP_DialogSaveButton),
        )
        self.save_as_action = action(
            self.tr("Save &As…"), self.save_as, QKeySequence.StandardKey.SaveAs
        )
        if not self.save_as_action.shortcuts():
            self.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.quit_action = action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        if not self.quit_action.shortcuts():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = action(
            self.tr("&Undo"),
            self._undo,
            QKeySequence.StandardKey.Undo,
            self._icon("edit-undo", sp.SP_ArrowBack),
        )
        self.redo_action = action(
            self.tr("&Redo"),
            self._redo,
            QKeySequence.StandardKey.Redo,
            self._icon("edit-redo", sp.SP_ArrowForward),
        )
        # the focused text widget handles these keys itself (ShortcutOverride); the
        # actions are for the menu and toolbar
        for act in (self.undo_action, self.redo_action):
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.premium_action = QAction(
            self.tr("X Premium account (25,000 characters)"), self, checkable=True
        )
        self.premium_action.toggled.connect(self.document.set_twitter_premium)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.menus["file"] = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menus["edit"] = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.edit_variant_menu = edit_menu.addMenu(self.tr("Edit &platform text"))
        self.revert_menu = edit_menu.addMenu(self.tr("Re&vert to master"))
        self.enabled_menu = edit_menu.addMenu(self.tr("Platforms in this &draft"))
        self.enabled_actions: dict[str, QAction] = {}
        for pid in PLATFORM_IDS:
            name = get_platform(pid).name
            self.edit_variant_menu.addAction(name, lambda pid=pid: self.open_variant_editor(pid))
            self.revert_menu.addAction(name, lambda pid=pid: self.document.revert_variant(pid))
            act = QAction(name, self, checkable=True)
            act.toggled.connect(lambda on, pid=pid: self.document.set_variant_enabled(pid, on))
            self.enabled_menu.addAction(act)
            self.enabled_actions[pid] = act
        edit_menu.addAction(self.premium_action)

        view_menu = self.menus["view"] = bar.addMenu(self.tr("&View"))
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for mode, label in (
            ("system", self.tr("Follow &system")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
        ):
            act = QAction(label, self, checkable=True)
            act.triggered.connect(lambda _=False, mode=mode: self.set_theme(mode))
            self.theme_group.addAction(act)
            theme_menu.addAction(act)
            self.theme_actions[mode] = act
        layout_menu = view_menu.addMenu(self.tr("Preview &layout"))
        self.layout_group = QActionGroup(self)
        self.layout_actions: dict[str, QAction] = {}
        for mode, label in (
            ("grid", self.tr("&Grid (two columns)")),
            ("row", self.tr("&Row (side by side)")),
        ):
            act = QAction(label, self, checkable=True)
            act.triggered.connect(lambda _=False, mode=mode: self.set_preview_layout(mode))
            self.layout_group.addAction(act)
            layout_menu.addAction(act)
            self.layout_actions[mode] = act
        cards_menu = view_menu.addMenu(self.tr("&Cards"))
        self.card_actions: dict[str, QAction] = {}
        for pid in PLATFORM_IDS:
            act = QAction(get_platform(pid).name, self, checkable=True)
            act.setChecked(pid not in self.hidden_cards)
            act.toggled.connect(lambda on, pid=pid: self.set_card_hidden(pid, not on))
            cards_menu.addAction(act)
            self.card_actions[pid] = act
        view_menu.addSeparator()
        expand = view_menu.addAction(self.tr("E&xpand all posts"))
        expand.triggered.connect(lambda: self._set_all_expanded(True))
        collapse = view_menu.addAction(self.tr("&Fold all posts"))
        collapse.triggered.connect(lambda: self._set_all_expanded(False))

        tools_menu = self.menus["tools"] = bar.addMenu(self.tr("&Tools"))
        recovery = tools_menu.addAction(self.tr("Open recovery folder"))
        recovery.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.recovery_dir())))
        )

        help_menu = self.menus["help"] = bar.addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About SocialDesk"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main"))
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setMovable(False)
        # with an icon theme (Linux desktops) icons and text; otherwise clean text buttons
        has_icons = QIcon.hasThemeIcon("document-open")
        self.toolbar.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if has_icons
            else Qt.ToolButtonStyle.ToolButtonTextOnly
        )
        for act in (self.new_action, self.open_action, self.save_action):
            self.toolbar.addAction(act)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        self.addToolBar(self.toolbar)

    def _build_status(self) -> None:
        self.autosave_label = QLabel()
        self.statusBar().addPermanentWidget(self.autosave_label)

    def _connect_document(self) -> None:
        doc = self.document
        doc.master_changed.connect(self._on_master_changed)
        doc.variant_changed.connect(self._on_variant_changed)
        doc.fields_changed.connect(lambda: self.fields_panel.set_fields(doc.draft.fields))
        doc.media_changed.connect(self._on_media_changed)
        doc.options_changed.connect(self._on_options_changed)
        doc.draft_replaced.connect(self._on_draft_replaced)
        doc.path_changed.connect(self._update_title)
        doc.path_changed.connect(self._on_media_changed)  # relative image paths move with it
        doc.dirty_changed.connect(self._update_title)

    # == reacting to the document =======================================================
    def _on_draft_replaced(self) -> None:
        draft = self.document.draft
        for pid in list(self.variant_panels):
            self._close_variant_panel(pid)
        self.master_editor.set_text(draft.master)
        self.master_editor.document().clearUndoRedoStacks()
        if self.title_edit.text() != draft.title:
            self.title_edit.setText(draft.title)
            self.title_edit.home(False)  # a long title shows its start, not its last words
        self._show_master_language()
        self.fields_panel.set_fields(draft.fields)
        for pid, act in self.enabled_actions.items():
            _check_quietly(act, draft.variants[pid].enabled)
        _check_quietly(self.premium_action, draft.twitter_premium)
        self._on_media_changed()
        self._update_visible_cards()
        self._refresh_all()
        self._update_title()

    def _on_master_changed(self) -> None:
        draft = self.document.draft
        # typed here, this changes nothing; set by code (a template, a restore), the
        # editor shows it before anything is marked in it
        self.master_editor.follow(draft.master)
        for pid in PLATFORM_IDS:
            if draft.variants[pid].inherits:
                self._refresh_card(pid)
                panel = self.variant_panels.get(pid)
                if panel is not None and panel.isVisible():
                    self._sync_panel(pid)
            else:
                self._refresh_state(pid)
        self._update_master_marks()

    def _on_variant_changed(self, pid: str) -> None:
        draft = self.document.draft
        if pid in self.enabled_actions:
            _check_quietly(self.enabled_actions[pid], draft.variants[pid].enabled)
        self._update_visible_cards()
        self._refresh_card(pid)
        panel = self.variant_panels.get(pid)
        if panel is not None:
            panel.editor.set_text(draft.text_for(pid))
            self._show_panel_check(pid)
        if pid == self.selected_platform:
            self._update_master_marks()

    def _on_options_changed(self) -> None:
        _check_quietly(self.premium_action, self.document.draft.twitter_premium)
        if self.title_edit.text() != self.document.draft.title:
            self.title_edit.setText(self.document.draft.title)
        self._show_master_language()
        self._refresh_all()
        self._update_title()

    def _show_master_language(self) -> None:
        set_text(
            self.master_language,
            self.tr("Master language: {code}").format(code=self.document.draft.source_language),
        )

    def _on_media_changed(self) -> None:
        base = self.document.path.parent if self.document.path is not None else None
        for card in self.cards.values():
            card.set_media(self.document.draft.media, base)

    # == cards ==========================================================================
    def _refresh_all(self) -> None:
        for pid in PLATFORM_IDS:
            self._refresh_card(pid)
        self._update_master_marks()
        for pid in self.variant_panels:
            self._show_panel_check(pid)

    def _refresh_card(self, pid: str) -> None:
        card = self.cards[pid]
        draft = self.document.draft
        self._refresh_state(pid)
        if card.pid in self.preview_grid.visible_pids():
            self.updater.request(card, draft.text_for(pid), draft.limit_for(pid))

    def _refresh_state(self, pid: str) -> None:
        draft = self.document.draft
        self.cards[pid].set_state(draft.variants[pid], draft.master_changed_since(pid))
        panel = self.variant_panels.get(pid)
        if panel is not None:
            variant = draft.variants[pid]
            panel.set_state(
                variant.origin, variant.inherits, draft.master_changed_since(pid), variant.language
            )

    def _card_updated(self, pid: str) -> None:
        # an asynchronously counted long text arrived
        if pid == self.selected_platform:
            self._update_master_marks()
        if pid in self.variant_panels:
            self._show_panel_check(pid)

    def _update_visible_cards(self) -> None:
        draft = self.document.draft
        visible = {
            pid
            for pid in PLATFORM_IDS
            if draft.variants[pid].enabled and pid not in self.hidden_cards
        }
        newly = visible - self.preview_grid.visible_pids()
        self.preview_grid.set_visible_cards(visible)
        for pid in newly:
            self._refresh_card(pid)

    def set_card_hidden(self, pid: str, hidden: bool) -> None:
        """Hide or show a card (a view preference; the platform stays in the draft)."""
        if hidden:
            self.hidden_cards.add(pid)
        else:
            self.hidden_cards.discard(pid)
        _check_quietly(self.card_actions[pid], not hidden)
        self.settings.setValue("hidden_cards", sorted(self.hidden_cards))
        self._update_visible_cards()

    def _set_all_expanded(self, expanded: bool) -> None:
        for card in self.cards.values():
            card.set_expanded(expanded)

    def check_for(self, pid: str, text: str) -> Check | None:
        """The platform's check of `text`, reusing the card's when it shows that text."""
        card = self.cards[pid]
        limit = self.document.draft.limit_for(pid)
        if card.preview is not None and not card.needs(text, limit):
            return card.preview.check
        if len(text) >= ASYNC_MIN_CHARS:
            return None  # counted off the GUI thread; shown when it arrives
        return get_platform(pid).check(text, limit)

    def _update_master_marks(self) -> None:
        pid = self.selected_platform
        check = self.check_for(pid, self.document.draft.master)
        if check is None:
            return
        self.master_editor.set_over_index(check.over_at)
        self.master_ring.set_count(check.count, check.limit, check.near_limit)
        name = get_platform(pid).name
        over = self.tr(" — {over:,} over").format(over=check.over_by) if check.over_by else ""
        set_text(self.master_count, f"{name}: {check.count:,} / {check.limit:,}{over}")
        colour = {"over": RED, "near": AMBER}.get(self.master_ring.state, "")
        set_style(self.master_count, f"color: {colour};" if colour else "")

    def select_platform(self, pid: str) -> None:
        """The platform whose rules mark the master editor (clicking a card selects it)."""
        if pid not in self.cards:
            return
        self.selected_platform = pid
        for card in self.cards.values():
            card.set_selected(card.pid == pid)
        index = self.platform_selector.findData(pid)
        if index != self.platform_selector.currentIndex():
            self.platform_selector.setCurrentIndex(index)
        self.master_editor.highlighter.set_platform(get_platform(pid))
        self.settings.setValue("selected_platform", pid)
        self._update_master_marks()

    # == variant editors ================================================================
    def open_variant_editor(self, pid: str) -> VariantPanel:
        """Show (creating if needed) the tab where the writer edits `pid`'s own text."""
        panel = self.variant_panels.get(pid)
        if panel is None:
            panel = VariantPanel(get_platform(pid))
            panel.editor.highlighter.set_dark(self.theme.dark)
            panel.text_edited.connect(lambda p, text: self.document.set_variant_text(p, text))
            panel.revert_requested.connect(self.document.revert_variant)
            self.variant_panels[pid] = panel
            self.editor_tabs.addTab(panel, get_platform(pid).name)
            panel.editor.set_text(self.document.draft.text_for(pid))
            self._refresh_state(pid)
            self._show_panel_check(pid)
        self.editor_tabs.setCurrentWidget(panel)
        panel.editor.setFocus()
        return panel

    def _sync_panel(self, pid: str) -> None:
        panel = self.variant_panels[pid]
        panel.editor.set_text(self.document.draft.text_for(pid))
        self._show_panel_check(pid)

    def _tab_changed(self, index: int) -> None:
        # a panel that inherits the master is brought up to date when it is shown
        widget = self.editor_tabs.widget(index)
        if isinstance(widget, VariantPanel) and widget.pid in self.variant_panels:
            self._sync_panel(widget.pid)

    def _show_panel_check(self, pid: str) -> None:
        panel = self.variant_panels[pid]
        check = self.check_for(pid, self.document.draft.text_for(pid))
        if check is not None:
            panel.show_check(check)

    def _close_tab(self, index: int) -> None:
        widget = self.editor_tabs.widget(index)
        if isinstance(widget, VariantPanel):
            self._close_variant_panel(widget.pid)

    def _close_variant_panel(self, pid: str) -> None:
        panel = self.variant_panels.pop(pid, None)
        if panel is not None:
            self.editor_tabs.removeTab(self.editor_tabs.indexOf(panel))
            panel.deleteLater()

    # == theme and layout ===============================================================
    def set_theme(self, mode: ThemeMode) -> None:
        self.theme.apply(mode)
        self.settings.setValue("theme", mode)
        self.theme_actions[mode].setChecked(True)
        self._apply_dark(self.theme.dark)

    def _apply_dark(self, dark: bool) -> None:
        for card in self.cards.values():
            card.set_dark(dark)
        self.master_editor.highlighter.set_dark(dark)
        for panel in self.variant_panels.values():
            panel.editor.highlighter.set_dark(dark)
        self._refresh_all()

    def set_preview_layout(self, mode: str) -> None:
        if mode not in ("grid", "row"):
            return
        self.preview_grid.set_layout_mode(mode)  # type: ignore[arg-type]
        self.layout_actions[mode].setChecked(True)
        self.settings.setValue("preview_layout", mode)

    # == files ==========================================================================
    def new_draft(self) -> None:
        if self.maybe_save():
            self.document.replace(Draft(), None)

    def open_draft(self, path: Path | str | None = None) -> bool:
        """Open a draft file; a bad file is reported and the current draft stays open."""
        if not self.maybe_save():
            return False
        target = Path(path) if path is not None else self.ask_open_path()
        if target is None:
            return False
        try:
            draft = Draft.load(target)
        except DraftError as exc:
            self.show_error(self.tr("Cannot open the draft"), str(exc))
            return False
        self.document.replace(draft, target)
        self._remember_recent(target)
        self.statusBar().showMessage(self.tr("Opened {target}").format(target=target), 4000)
        return True

    def open_draft_as_new(self, draft: Draft) -> None:
        """Show `draft` as an unsaved document (the sample on first run)."""
        self.document.replace(draft, None)

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        target = self.ask_save_path()
        if target is None:
            return False
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        return self._save_to(target)

    def _save_to(self, target: Path) -> bool:
        try:
            self.document.save(target)
        except DraftError as exc:
            self.show_error(self.tr("Cannot save the draft"), str(exc))
            return False
        self.recovery.clear()
        self._autosaved_revision = self.document.revision
        self._remember_recent(target)
        self.statusBar().showMessage(self.tr("Saved {target}").format(target=target), 4000)
        return True

    def _is_open_file(self, path: Path) -> bool:
        current = self.document.path
        return current is not None and _same_path(current, path)

    def follow_renamed_file(self, old: Path, new: Path, title: str) -> None:
        """The open draft's file was renamed elsewhere (the library): Save writes there."""
        if not self._is_open_file(old):
            return
        self.document.file_renamed(new, title)
        self._remember_recent(new)
        self.statusBar().showMessage(
            self.tr("The draft was renamed to {name}").format(name=new.name), 6000
        )

    def forget_deleted_file(self, path: Path) -> None:
        """The open draft's file was deleted elsewhere: keep the text, unsaved, no file."""
        if not self._is_open_file(path):
            return
        name = path.name
        self.document.file_deleted()
        self.statusBar().showMessage(
            self.tr(
                "{name} was removed from the library; the draft stays open here, unsaved — Save asks where to keep it."
            ).format(name=name),
            10000,
        )

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to drop the current draft."""
        if not self.document.dirty:
            return True
        choice = self.ask_save_changes()
        if choice == "save":
            return self.save()
        return choice == "discard"

    def _remember_recent(self, path: Path) -> None:
        add_recent(self.settings, path)
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = read_recent(self.settings)
        for index, path in enumerate(recent, start=1):
            label = f"&{index} {path.name}" if index < 10 else path.name
            act = self.recent_menu.addAction(label)
            act.setToolTip(str(path))
            act.setStatusTip(str(path))
            act.triggered.connect(lambda _=False, p=path: self.open_draft(p))
        if recent:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear list"))
            clear.triggered.connect(lambda: (clear_recent(self.settings), self._fill_recent_menu()))
        else:
            none = self.recent_menu.addAction(self.tr("No recent drafts"))
            none.setEnabled(False)

    # == autosave and recovery ==========================================================
    def autosave_now(self) -> bool:
        """Write the unsaved draft to the recovery folder if it changed since last time."""
        if not self.document.dirty:
            if self.recovery.has_file():
                self.recovery.clear()
            return False
        if self.document.revision == self._autosaved_revision:
            return False
        try:
            self.recovery.save(self.document.draft, self.document.path)
        except DraftError as exc:
            self.autosave_label.setText(self.tr("Autosave failed"))
            self.autosave_label.setToolTip(str(exc))
            return False
        self._autosaved_revision = self.document.revision
        from datetime import datetime

        self.autosave_label.setText(
            self.tr("Autosaved {strftime}").format(strftime=datetime.now().strftime("%H:%M:%S"))
        )
        self.autosave_label.setToolTip(str(self.recovery.draft_path))
        return True

    def offer_recovery(self) -> bool:
        """After a crash: offer each orphaned autosave; True if one was restored."""
        for entry in orphaned_entries():
            try:
                draft = entry.load()
            except DraftError as exc:
                self.show_error(
                    self.tr("An autosaved draft is damaged"),
                    self.tr("{exc}\n\nIt stays in the recovery folder: {parent}").format(
                        exc=exc, parent=entry.draft_path.parent
                    ),
                )
                _set_aside(entry)
                continue
            choice = self.ask_restore(entry)
            if choice == "restore":
                if not self.maybe_save():
                    return False
                original = Path(entry.original) if entry.original else None
                self.document.replace(draft, original, dirty=True)
                entry.discard()
                self.autosave_now()
                self.statusBar().showMessage(self.tr("Restored the autosaved draft"), 6000)
                return True
            if choice == "discard":
                entry.discard()
        return False

    # == dialog seams (tests replace these) =============================================
    def ask_save_changes(self) -> SaveChoice:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(
            self.tr("Save the changes to “{display_name}”?").format(
                display_name=self.document.display_name()
            )
        )
        box.setInformativeText(self.tr("Your changes will be lost if you don't save them."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def ask_restore(self, entry: RecoveryEntry) -> RestoreChoice:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore unsaved work?"))
        title = entry.title or self.tr("Untitled")
        where = entry.original or self.tr("never saved to a file")
        box.setText(
            self.tr("SocialDesk did not close normally. Restore “{title}”?").format(title=title)
        )
        box.setInformativeText(
            self.tr(
                "It was autosaved at {saved_at_local} ({where}). Discard deletes the autosave; Not now keeps it for the next start."
            ).format(saved_at_local=entry.saved_at_local, where=where)
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        clicked = box.clickedButton()
        if clicked is restore:
            return "restore"
        if clicked is discard:
            return "discard"
        return "later"

    def _file_filter(self) -> str:
        return self.tr("SocialDesk drafts (*{suffix});;All files (*)").format(suffix=SUFFIX)

    def ask_open_path(self) -> Path | None:
        start = str(self.document.path.parent if self.document.path else paths.documents_dir())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open draft"), start, self._file_filter()
        )
        return Path(name) if name else None

    def ask_save_path(self) -> Path | None:
        folder = self.document.path.parent if self.document.path else paths.documents_dir()
        suggestion = folder / f"{_safe_name(self.document.display_name())}{SUFFIX}"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save draft"), str(suggestion), self._file_filter()
        )
        return Path(name) if name else None

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    # == misc ===========================================================================
    def _update_title(self) -> None:
        self.setWindowTitle(
            self.tr("{display_name}[*] — SocialDesk").format(
                display_name=self.document.display_name()
            )
        )
        self.setWindowModified(self.document.dirty)

    def _focused_text_widget(self) -> QPlainTextEdit | QLineEdit:
        widget = QApplication.focusWidget()
        if isinstance(widget, QPlainTextEdit | QLineEdit) and self.isAncestorOf(widget):
            return widget
        current = self.editor_tabs.currentWidget()
        if isinstance(current, VariantPanel):
            return current.editor
        return self.master_editor

    def _undo(self) -> None:
        self._focused_text_widget().undo()

    def _redo(self) -> None:
        self._focused_text_widget().redo()

    def _about(self) -> None:
        from socialdesk import __version__

        QMessageBox.about(
            self,
            self.tr("About SocialDesk"),
            self.tr(
                "<b>SocialDesk {version}</b><p>Write one post; see it live on VK, Weibo, X and Facebook, counted by each platform's rules.</p>"
            ).format(version=__version__),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_draft(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_draft(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_draft(path))

    def _restore_window_state(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            resize_to_fit(self, 1440, 900)
        for name, splitter in (
            ("main_splitter", self.main_splitter),
            ("editor_splitter", self.editor_splitter),
        ):
            state = self.settings.value(name)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
        layout = str(self.settings.value("preview_layout", "grid"))
        self.set_preview_layout(layout if layout in ("grid", "row") else "grid")
        states = self.settings.value("preview_splitters")
        if isinstance(states, list):
            self.preview_grid.restore_state(states)

    def _save_window_state(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("main_splitter", self.main_splitter.saveState())
        self.settings.setValue("editor_splitter", self.editor_splitter.saveState())
        self.settings.setValue("preview_splitters", self.preview_grid.save_state())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        if not all(guard() for guard in self.close_guards) or not self.maybe_save():
            event.ignore()
            return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Clean exit: remember the layout, stop timers and threads, drop the autosave."""
        if self._closed:
            return
        self._closed = True
        self._save_window_state()
        self.autosave_timer.stop()
        for hook in self.shutdown_hooks:
            hook()
        self.updater.close()
        self.recovery.clear()
        unregister_live(self.recovery)
        with contextlib.suppress(RuntimeError, TypeError):
            self.theme.scheme_changed.disconnect(self._apply_dark)


class _FirstPaint(QObject):
    """Holds callbacks until the window's first paint, then runs them, once."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pending: list[Callable[[], object]] | None = []  # None once painted
        window.installEventFilter(self)

    def then(self, callback: Callable[[], object]) -> None:
        if self.pending is None:
            QTimer.singleShot(0, callback)
            return
        if not self.pending:
            QTimer.singleShot(0, self._unless_paint_coming)
        self.pending.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.pending is not None:
            QTimer.singleShot(0, self._run)  # after the paint has reached the screen
        return False

    def _unless_paint_coming(self) -> None:
        # a window that was not shown by the first turn of the event loop (a test, a
        # tool) paints only when it is; its start-up work should not wait for that
        if not self.window.isVisible():
            self._run()

    def _run(self) -> None:
        pending, self.pending = self.pending, None
        if pending is None:
            return
        self.window.removeEventFilter(self)
        for callback in pending:
            callback()


def _check_quietly(action: QAction, checked: bool) -> None:
    """Show a state that came from the draft or the settings without sending it back."""
    blocked = action.blockSignals(True)
    action.setChecked(checked)
    action.blockSignals(blocked)


def _prepare_platforms() -> None:
    for pid in PLATFORM_IDS:
        get_platform(pid).prepare()


def _dropped_draft(mime: QMimeData) -> Path | None:
    """The .sdraft file being dragged onto the window, if that is what it is."""
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().endswith(SUFFIX):
            return Path(url.toLocalFile())
    return None


def _same_path(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a.absolute() == b.absolute()


def _safe_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip(" .")
    return cleaned or "Untitled"


def _set_aside(entry: RecoveryEntry) -> None:
    """Keep a damaged autosave but stop offering it."""
    for path in (entry.draft_path, entry.meta_path):
        with contextlib.suppress(OSError):
            path.rename(path.with_name(path.name + ".damaged"))


__all__ = ["ALL_FEATURES", "DEFAULT_FEATURES", "MainWindow"]
