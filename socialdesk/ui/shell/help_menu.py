"""The Help menu: User guide (F1), the first-run tour again, Report a problem, the log
folder, and About (with the licences of the libraries in the app)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QImage,
    QKeySequence,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from socialdesk import paths
from socialdesk.resources import resources_dir
from socialdesk.ui.common.i18n import current_language
from socialdesk.ui.common.screen_fit import resize_to_fit
from socialdesk.ui.common.widgets import open_folder

USER_GUIDE = "user-guide.md"
GUIDE_IMAGE_WIDTH = 760


def user_guide_path() -> Path:
    """docs/user-guide.md: beside resources/ in the source tree and in the packaged app."""
    return resources_dir().parent / "docs" / USER_GUIDE


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UserGuideDialog")
        self.setWindowTitle(self.tr("SocialDesk user guide"))
        resize_to_fit(self, 820, 720)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        path = user_guide_path()
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = self.tr("The user guide is missing from this installation ({path}).").format(
                path=path
            )
            self.browser.setPlainText(text)
        else:
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setMarkdown(text)
            self._add_images(text, path.parent)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add_images(self, markdown: str, folder: Path) -> None:
        """The guide's pictures, scaled to the dialog's width (screenshots are 1440 px)."""
        for name in re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", markdown):
            image = QImage(str(folder / name))
            if image.isNull():
                continue
            if image.width() > GUIDE_IMAGE_WIDTH:
                image = image.scaledToWidth(
                    GUIDE_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation
                )
            document = self.browser.document()
            document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name), image)
            document.markContentsDirty(0, document.characterCount())


def environment_extras() -> dict[str, str]:
    return {"Qt": qVersion(), "Interface language": current_language()}


class ProblemReportDialog(QDialog):
    """Shows exactly what a report contains and saves it as a zip or copies it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProblemReportDialog")
        self.setWindowTitle(self.tr("Report a problem"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This report holds the app's log, its version and your system's, and which "
                "settings are set (not their values). Tokens, keys and passwords are removed, "
                "and the log never contains the text of your posts. Send it to whoever "
                "supports your SocialDesk."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        # the report's code (zipfile, the log reader) loads with the dialog, not at start-up
        from socialdesk.problem_report import report_text

        self.preview.setPlainText(report_text(environment_extras()))
        layout.addWidget(self.preview, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save as Zip…"))
        self.copy_button = QPushButton(self.tr("Copy to Clipboard"))
        self.folder_button = QPushButton(self.tr("Open Log Folder"))
        for button in (self.save_button, self.copy_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_zip)
        self.copy_button.clicked.connect(self.copy_text)
        self.folder_button.clicked.connect(open_log_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def ask_zip_path(self) -> Path | None:
        from socialdesk.problem_report import default_report_path

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save problem report"), str(default_report_path()), "Zip (*.zip)"
        )
        return Path(name) if name else None

    def save_zip(self) -> Path | None:
        target = self.ask_zip_path()
        if target is None:
            return None
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        from socialdesk.problem_report import write_report

        try:
            written = write_report(target, environment_extras())
        except OSError as exc:
            self.status.setText(
                self.tr("Cannot write {path}: {reason}").format(
                    path=target, reason=exc.strerror or exc
                )
            )
            return None
        self.status.setText(self.tr("Saved {path}").format(path=written))
        return written

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.preview.toPlainText())
        self.status.setText(self.tr("The report is on the clipboard."))


def open_log_folder() -> None:
    open_folder(paths.log_dir())


def install_help(window: Any) -> None:
    from socialdesk.ui.shell.tour import start_tour

    menu = window.menus["help"]
    guide = QAction(QCoreApplication.translate("HelpMenu", "&User Guide"), window)
    guide.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents))
    if not guide.shortcuts():
        guide.setShortcut(QKeySequence("F1"))
    guide.triggered.connect(lambda: UserGuideDialog(window).exec())
    tour = QAction(QCoreApplication.translate("HelpMenu", "Show the &Tour"), window)
    tour.triggered.connect(lambda: start_tour(window))
    report = QAction(QCoreApplication.translate("HelpMenu", "&Report a Problem…"), window)
    report.triggered.connect(lambda: ProblemReportDialog(window).exec())
    logs = QAction(QCoreApplication.translate("HelpMenu", "Open &Log Folder"), window)
    logs.triggered.connect(open_log_folder)
    about = QAction(QCoreApplication.translate("HelpMenu", "&About SocialDesk"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)  # in the app menu on macOS
    about.triggered.connect(lambda: show_about(window))
    for item in (guide, tour, None, report, logs, None, about):
        if item is None:
            menu.addSeparator()
        else:
            menu.addAction(item)
    window.user_guide_action = guide
    window.tour_action = tour
    window.report_action = report
    window.about_action = about


def show_about(window: QWidget) -> None:
    from socialdesk.ui.shell.about_dialog import AboutDialog

    AboutDialog(window).exec()
