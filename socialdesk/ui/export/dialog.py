"""File ▸ Export…: choose a format, a destination, (for PDF) a page size and (for CSV)
whether it is for a spreadsheet or a bulk scheduler; pictures from outside the draft's
folder are exported only after the writer agrees. The export runs off the GUI thread
and ends with a message that can show the file in its folder.

The menu entry that opens it is `install_export(window)` in `ui/export/install.py`;
this dialog does not know who opens it.
"""

from __future__ import annotations

import contextlib
import copy
import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRunnable, Qt, QThreadPool, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socialdesk import paths
from socialdesk.draft import Draft
from socialdesk.export import (
    FORMATS,
    PAGE_SIZES,
    SUFFIXES,
    ExportError,
    ExportResult,
    export_draft,
)
from socialdesk.library.files import safe_file_stem
from socialdesk.media.consent import OutsideImage, outside_images
from socialdesk.ui.common.core_texts import core_text
from socialdesk.ui.common.widgets import open_folder
from socialdesk.ui.export.pdf_proof import render_pdf
from socialdesk.ui.media.consent import ask_outside_consent


class _ExportJob(QRunnable):
    """Runs the export on a pool thread and reports the result or the exception."""

    def __init__(self, job: Callable[[], ExportResult], report: SignalInstance) -> None:
        super().__init__()
        self.job = job
        self.report = report

    def run(self) -> None:
        try:
            outcome: object = self.job()
        except Exception as exc:  # reported to the user, never lost
            outcome = exc
        with contextlib.suppress(RuntimeError):  # the dialog was deleted meanwhile
            self.report.emit(outcome)


class ExportDialog(QDialog):
    """Exports a snapshot of the draft taken when the dialog opened."""

    finished_export = Signal(object)  # ExportResult, after a successful export
    failed_export = Signal(str)
    _done = Signal(object)  # worker thread → GUI thread: ExportResult or Exception

    def __init__(
        self, draft: Draft, draft_path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.draft = copy.deepcopy(draft)  # edits made meanwhile don't change this export
        self.draft_path = draft_path
        self.result: ExportResult | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._done.connect(self._finish)

        self.format_box = QComboBox()
        for key, label in FORMATS.items():
            self.format_box.addItem(core_text(label), key)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.destination = QLineEdit()
        self.destination.setMinimumWidth(380)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(browse)
        self.page_size = QComboBox()
        self.page_size.addItems(list(PAGE_SIZES))
        self.csv_mode = QComboBox()
        self.csv_mode.addItem(self.tr("a spreadsheet (formulas made harmless)"), "spreadsheet")
        self.csv_mode.addItem(self.tr("a bulk scheduler (texts exactly as written)"), "exact")
        self.csv_mode.setToolTip(
            self.tr(
                "For a spreadsheet, a text that starts with =, +, -, @ or a tab gets a ' in "
                "front so that it cannot run as a formula. For a bulk scheduler, every text "
                "is exactly as written: don't open that file in a spreadsheet."
            )
        )

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Save to"), row)
        form.addRow(self.tr("Page size"), self.page_size)
        form.addRow(self.tr("CSV for"), self.csv_mode)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: an export has no meaningful steps
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.show_button = self.buttons.addButton(
            self.tr("Show in folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.show_button.setVisible(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start_export)
        self.show_button.clicked.connect(self.show_in_folder)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._format_changed()

    # -- choices -----------------------------------------------------------------------
    def fmt(self) -> str:
        return str(self.format_box.currentData())

    def set_format(self, fmt: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(fmt))

    def default_destination(self, fmt: str) -> Path:
        folder = self.draft_path.parent if self.draft_path else paths.documents_dir()
        stem = safe_file_stem(self.draft.title or (self.draft_path.stem if self.draft_path else ""))
        if fmt == "txt":
            return folder / f"{stem} export"
        return folder / f"{stem}{SUFFIXES[fmt]}"

    def _format_changed(self) -> None:
        fmt = self.fmt()
        self.page_size.setEnabled(fmt == "pdf")
        self.csv_mode.setEnabled(fmt == "csv")
        current = self.destination.text().strip()
        if not current:
            self.destination.setText(str(self.default_destination(fmt)))
        else:  # keep the chosen folder and name, change only the extension
            path = Path(current)
            stem = path.name.removesuffix(" export") if path.suffix == "" else path.stem
            name = f"{stem} export" if fmt == "txt" else f"{stem}{SUFFIXES[fmt]}"
            self.destination.setText(str(path.with_name(name)))
        self.message.clear()
        self.show_button.setVisible(False)

    def _browse(self) -> None:
        chosen = self.ask_destination(self.fmt(), Path(self.destination.text()))
        if chosen is not None:
            self.destination.setText(str(chosen))

    def ask_destination(self, fmt: str, current: Path) -> Path | None:
        """Dialog seam (tests replace it)."""
        if fmt == "txt":
            name = QFileDialog.getExistingDirectory(
                self, self.tr("Export to folder"), str(current.parent)
            )
        else:
            suffix = SUFFIXES[fmt]
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export"), str(current), f"{core_text(FORMATS[fmt])} (*{suffix})"
            )
        return Path(name) if name else None

    # -- exporting ---------------------------------------------------------------------
    def start_export(self) -> None:
        if self.is_busy():
            return
        text = self.destination.text().strip()
        if not text:
            self._show_error(self.tr("Choose where to save the export."))
            return
        fmt = self.fmt()
        out = Path(text).expanduser()
        if fmt != "txt" and not out.suffix:
            out = out.with_suffix(SUFFIXES[fmt])
            self.destination.setText(str(out))
        outside = outside_images(self.draft, self.draft_path)
        if outside and not self.confirm_outside(outside):
            self._show_error(
                self.tr(
                    "Nothing was exported: the draft's pictures from outside its folder were not allowed."
                )
            )
            return
        self.message.setText(self.tr("Exporting {format}…").format(format=core_text(FORMATS[fmt])))
        self.message.setStyleSheet("")
        self.show_button.setVisible(False)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        job = functools.partial(
            export_draft,
            self.draft,
            fmt,
            out,
            draft_path=self.draft_path,
            page_size=self.page_size.currentText(),
            pdf_renderer=render_pdf,
            allow_outside_images=True,  # asked above
            csv_mode=str(self.csv_mode.currentData()),
        )
        # a QThread (not a Python thread): Qt's text layout for PDF needs its event dispatcher
        self._pool.start(_ExportJob(job, self._done))

    def confirm_outside(self, images: list[OutsideImage]) -> bool:
        """Dialog seam (tests replace it): may these pictures be exported?"""
        return ask_outside_consent(self, images, "export")

    def is_busy(self) -> bool:
        return not self.export_button.isEnabled()

    def _finish(self, outcome: object) -> None:
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        if isinstance(outcome, ExportResult):
            self.result = outcome
            lines = [self.tr("Exported to {path}").format(path=outcome.path)]
            lines += [self.tr("Note: {note}").format(note=note) for note in outcome.notes]
            self.message.setText("\n".join(lines))
            self.message.setStyleSheet("")
            self.show_button.setVisible(True)
            self.finished_export.emit(outcome)
            return
        if isinstance(outcome, ExportError):
            text = str(outcome)
        elif isinstance(outcome, OSError):
            text = f"{self.destination.text()}: {outcome.strerror or outcome}"
        else:
            text = self.tr("The export failed unexpectedly: {problem}").format(problem=outcome)
        self._show_error(text)

    def _show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #B00020")
        self.failed_export.emit(text)

    def show_in_folder(self) -> None:
        if self.result is None:
            return
        path = self.result.path
        folder = path if path.is_dir() else path.parent
        open_folder(folder)

    def done(self, code: int) -> None:
        self.shutdown()
        super().done(code)

    def shutdown(self) -> None:
        """Wait for a running export (it writes atomically, so waiting is short and safe)."""
        self._pool.waitForDone()
