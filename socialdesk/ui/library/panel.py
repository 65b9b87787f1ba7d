"""The drafts library as a side panel: every draft in the library folder with title,
platforms, languages, status and date; search, sort, filter; open, duplicate, rename,
delete to the trash; files that are not drafts listed with the reason.

All disk and index work runs on one pool thread, in order; results come back by
signal. The panel notices outside changes through a folder watcher and a slow timer
(the watcher misses edits made in place), both calling the cheap `Library.refresh`.
`install_library(window)` (library/install.py) docks it in the main window; the first scan of the folder
waits for the window's first paint, and renaming or deleting the draft open in the
editor tells the editor (`draft_renamed`, `draft_deleted`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QFileSystemWatcher,
    QSortFilterProxyModel,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from socialdesk.library import (
    STATUSES,
    Library,
    LibraryEntry,
    NoTrashError,
    Problem,
    RefreshResult,
    library_folder,
    set_library_folder,
)
from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.settings import Settings
from socialdesk.ui.common.i18n import english_plural
from socialdesk.ui.common.widgets import open_folder
from socialdesk.ui.library.model import (
    SORT_ROLE,
    JobDone,
    LibraryJob,
    LibraryModel,
    Listing,
    status_label,
)

SEARCH_DELAY_MS = 200
WATCH_DELAY_MS = 400
POLL_MS = 15_000


class LibraryPanel(QWidget):
    open_requested = Signal(object)  # Path of a draft to open in the editor
    listing_updated = Signal()  # the list shows new results
    operation_done = Signal(str)  # duplicate / rename / delete finished: what happened
    operation_failed = Signal(str)
    draft_renamed = Signal(object, object, str)  # old path, new path, new title
    draft_deleted = Signal(object)  # the path of a draft moved to the trash or deleted
    _report = Signal(str, int, object)  # pool thread → GUI thread
    _progress = Signal(int, int)

    def __init__(
        self,
        folder: Path | None = None,
        parent: QWidget | None = None,
        poll_ms: int = POLL_MS,
        settings: Settings | None = None,
        scan: bool = True,
    ) -> None:
        """With `scan` False the folder is first indexed when `request_refresh()` is
        called (the main window does it after its first paint)."""
        super().__init__(parent)
        self.setObjectName("LibraryPanel")
        self.settings = settings
        self.folder = (folder or library_folder(settings)).expanduser()
        self._library: Library | None = None
        self._library_folder: Path | None = None
        self._generation = 0  # of the latest listing asked for; older results are dropped
        self._closed = False
        self._select_after_listing: Path | None = None  # a duplicate or renamed draft
        self._pending_delete: Path | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # library work runs in the order it was asked for
        self._report.connect(self._on_report)
        self._progress.connect(self._on_progress)

        self._build()
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.request_listing)
        self.watch_timer = QTimer(self, singleShot=True, interval=WATCH_DELAY_MS)
        self.watch_timer.timeout.connect(self.request_refresh)
        self.poll_timer = QTimer(self, interval=poll_ms)
        self.poll_timer.timeout.connect(self.request_refresh)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.watch_timer.start())
        self._set_folder_label()
        if scan:
            self.request_refresh()
        if poll_ms > 0:
            self.poll_timer.start()

    # == building =======================================================================
    def _build(self) -> None:
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        change = QToolButton(text=self.tr("Change…"), autoRaise=True)
        change.setToolTip(self.tr("Choose the library folder"))
        change.clicked.connect(self.choose_folder)
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(change)

        self.search_box = QLineEdit(placeholderText=self.tr("Search all texts and translations…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _text: self.search_timer.start())
        self.platform_filter = QComboBox()
        self.platform_filter.addItem(self.tr("All platforms"), None)
        for pid in PLATFORM_IDS:
            self.platform_filter.addItem(get_platform(pid).name, pid)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in STATUSES:
            self.status_filter.addItem(status_label(status), status)
        for box in (self.platform_filter, self.status_filter):
            box.currentIndexChanged.connect(lambda _i: self.request_listing())
        filters = QHBoxLayout()
        filters.addWidget(self.platform_filter)
        filters.addWidget(self.status_filter)

        self.model = LibraryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        # the title gets a readable width; the short columns fit their contents and a
        # narrow dock scrolls sideways rather than squeezing the titles away
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.open_action = self._action(self.tr("Open"), self.open_selected, "Return")
        self.duplicate_action = self._action(self.tr("Duplicate"), self.duplicate_selected)
        self.rename_action = self._action(self.tr("Rename…"), self.rename_selected, "F2")
        self.delete_action = self._action(self.tr("Move to Trash…"), self.delete_selected, "Delete")
        self.reveal_action = self._action(self.tr("Show in folder"), self.reveal_selected)
        buttons = QHBoxLayout()
        for action in (
            self.open_action,
            self.duplicate_action,
            self.rename_action,
            self.delete_action,
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.progress = QProgressBar(visible=False, textVisible=True)
        self.status_label = QLabel()
        self.problems_label = QLabel(visible=False)
        self.problems_label.setStyleSheet("color: #B00020; font-weight: 600")
        self.problems_list = QListWidget(visible=False)
        self.problems_list.setMaximumHeight(110)
        self.problems_list.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.search_box)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_list)
        self._update_actions()
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

    def _action(self, text: str, slot: Callable[[], object], keys: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _context_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for action in (
            self.open_action,
            self.duplicate_action,
            self.rename_action,
            self.reveal_action,
            self.delete_action,
        ):
            menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _set_folder_label(self) -> None:
        self.folder_label.setText(self.tr("<b>Library</b> · {folder}").format(folder=self.folder))
        self.folder_label.setToolTip(str(self.folder))

    def _update_actions(self) -> None:
        has = self.selected_entry() is not None
        for action in (
            self.open_action,
            self.duplicate_action,
            self.rename_action,
            self.delete_action,
            self.reveal_action,
        ):
            action.setEnabled(has)

    # == the pool thread ================================================================
    def _library_for_job(self) -> Library:
        """The Library of the current folder (runs on the pool thread)."""
        if self._library is None or self._library_folder != self.folder:
            if self._library is not None:
                self._library.close()
            self._library = Library(self.folder)
            self._library_folder = self.folder
        return self._library

    def _submit(self, kind: str, work: Callable[[], object], generation: int = 0) -> None:
        if not self._closed:
            self.pool.start(LibraryJob(kind, generation, work, self._report))

    def _filters(self) -> dict[str, Any]:
        return {
            "query": self.search_box.text(),
            "platform": self.platform_filter.currentData(),
            "status": self.status_filter.currentData(),
        }

    def _listing(
        self, filters: dict[str, Any], changes: RefreshResult | None, watch: bool = False
    ) -> Listing:
        library = self._library_for_job()
        entries = library.entries(**filters)
        problems = library.problems()
        unfiltered = not any(filters.values())
        total = len(entries) if unfiltered else library.index.count() - len(problems)
        folders: list[str] = []
        if watch:  # subfolders too: a draft saved into one changes only that folder
            folders = sorted({str(p.parent) for p in library.index.paths()} | {str(self.folder)})
        return Listing(entries, problems, total, folders, changes)

    def request_refresh(self) -> None:
        """Bring the index in step with the folder, then list again if anything changed."""
        self._generation += 1
        filters = self._filters()
        first = self._library is None or self._library_folder != self.folder

        def work() -> Listing | None:
            library = self._library_for_job()
            changes = library.refresh(lambda done, total: self._emit_progress(done, total))
            if not changes.any and not first:
                return None
            return self._listing(filters, changes, watch=True)

        self._submit("listing", work, self._generation)

    def request_listing(self) -> None:
        self._generation += 1
        filters = self._filters()
        self._submit("listing", lambda: self._listing(filters, None), self._generation)

    def _emit_progress(self, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):
            self._progress.emit(done, total)

    # == results ========================================================================
    def _on_progress(self, done: int, total: int) -> None:
        if total < 200:
            return  # a few files: no bar flashing by
        self.progress.setVisible(done < total)
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(f"Indexing {done:,} of {total:,} drafts…")

    def _on_report(self, kind: str, generation: int, outcome: object) -> None:
        if self._closed:
            return
        self.progress.setVisible(False)
        if isinstance(outcome, NoTrashError):
            self._no_trash(outcome)
            return
        if isinstance(outcome, Exception):
            message = str(outcome) or type(outcome).__name__
            self.status_label.setText(message)
            self.operation_failed.emit(message)
            return
        if kind == "listing":
            if outcome is None or generation != self._generation:
                return  # nothing changed, or a newer listing is on its way
            assert isinstance(outcome, Listing)
            self._show_listing(outcome)
        elif kind == "operation":
            assert isinstance(outcome, JobDone)
            self.status_label.setText(outcome.message)
            self._select_after_listing = outcome.select
            self.request_listing()
            if outcome.renamed is not None:
                self.draft_renamed.emit(*outcome.renamed)
            if outcome.deleted is not None:
                self.draft_deleted.emit(outcome.deleted)
            self.operation_done.emit(outcome.message)

    def _show_listing(self, listing: Listing) -> None:
        selected = self.selected_entry()
        keep = self._select_after_listing or (selected.path if selected else None)
        self._select_after_listing = None
        self.model.set_entries(listing.entries)
        self.view.sortByColumn(
            self.view.horizontalHeader().sortIndicatorSection(),
            self.view.horizontalHeader().sortIndicatorOrder(),
        )
        if keep is not None:
            self.select_path(keep)
        shown, total = len(listing.entries), listing.total
        if any(self._filters().values()):
            self.status_label.setText(
                self.tr("{shown:,} of {total:,} drafts match").format(shown=shown, total=total)
            )
        else:
            self.status_label.setText(english_plural(self.tr("%Ln draft(s)", "", total), total))
        self._show_problems(listing.problems)
        if listing.folders:
            watched = set(self.watcher.directories())
            wanted = {f for f in listing.folders if Path(f).is_dir()}
            if wanted - watched:
                self.watcher.addPaths(sorted(wanted - watched))
            if watched - wanted:
                self.watcher.removePaths(sorted(watched - wanted))
        self._update_actions()
        self.listing_updated.emit()

    def _show_problems(self, problems: list[Problem]) -> None:
        self.problems_list.clear()
        for problem in problems:
            item = QListWidgetItem(f"{problem.path.name} — {problem.reason}")
            item.setToolTip(
                self.tr("{path}\n{reason}\nThe file is left as it is.").format(
                    path=problem.path, reason=problem.reason
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, str(problem.path))
            self.problems_list.addItem(item)
        count = len(problems)
        self.problems_label.setText(
            english_plural(
                self.tr("%n file(s) in the folder could not be read as drafts", "", count), count
            )
        )
        self.problems_label.setVisible(bool(count))
        self.problems_list.setVisible(bool(count))

    # == selection and operations =======================================================
    def selected_entry(self) -> LibraryEntry | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.entries[self.proxy.mapToSource(rows[0]).row()]

    def select_path(self, path: Path) -> bool:
        for row, entry in enumerate(self.model.entries):
            if entry.path == path:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.view.selectRow(index.row())
                self.view.scrollTo(index)
                return True
        return False

    def visible_titles(self) -> list[str]:
        """Titles in the order shown (sorting included)."""
        return [str(self.proxy.index(row, 0).data()) for row in range(self.proxy.rowCount())]

    def open_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.open_requested.emit(entry.path)

    def duplicate_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return

        def work() -> JobDone:
            copy = self._library_for_job().duplicate(entry.path)
            return JobDone(self.tr("Duplicated as {name}").format(name=copy.name), copy)

        self._submit("operation", work)

    def rename_selected(self, title: str | None = None) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        new_title = title if title is not None else self.ask_title(entry.title)
        if new_title is None or new_title.strip() == entry.title:
            return

        def work() -> JobDone:
            target = self._library_for_job().rename(entry.path, new_title)
            title = new_title.strip()
            return JobDone(
                self.tr("Renamed to “{title}”").format(title=title),
                target,
                renamed=(entry.path, target, title),
            )

        self._submit("operation", work)

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or not self.confirm_trash(entry.title):
            return
        self._delete(entry.path, permanently=False)

    def _delete(self, path: Path, permanently: bool) -> None:
        def work() -> JobDone:
            message = self._library_for_job().delete(path, permanently=permanently)
            return JobDone(message, deleted=path)

        self._pending_delete = path
        self._submit("operation", work)

    def _no_trash(self, error: NoTrashError) -> None:
        path = self._pending_delete
        message = str(error)
        if path is not None and self.confirm_permanent_delete(message):
            self._delete(path, permanently=True)
            return
        self.status_label.setText(message)
        self.operation_failed.emit(message)

    def reveal_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            open_folder(entry.path.parent)

    def choose_folder(self) -> None:
        folder = self.ask_folder()
        if folder is not None:
            self.set_folder(folder)

    def set_folder(self, folder: Path) -> None:
        """Show another library folder and remember it in settings ("library" section)."""
        self.folder = folder.expanduser()
        settings = self.settings or Settings.load()
        set_library_folder(settings, self.folder)
        self._set_folder_label()
        self.model.set_entries([])
        self._show_problems([])
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.request_refresh()

    # == dialog seams (tests replace these) =============================================
    def ask_title(self, current: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Rename draft"), self.tr("New title:"), text=current
        )
        return text if ok else None

    def confirm_trash(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Move to Trash"),
            self.tr("Move “{name}” to the trash?").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_permanent_delete(self, message: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("No trash available"))
        box.setText(message)
        box.setInformativeText(self.tr("Delete it permanently instead? This cannot be undone."))
        delete = box.addButton(
            self.tr("Delete permanently"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def ask_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Library folder"), str(self.folder))
        return Path(name) if name else None

    # == shutting down ==================================================================
    def shutdown(self) -> None:
        """Stop timers and wait for library work in progress; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        for timer in (self.search_timer, self.watch_timer, self.poll_timer):
            timer.stop()
        self.pool.clear()
        self.pool.waitForDone()
        if self._library is not None:
            self._library.close()
            self._library = None
