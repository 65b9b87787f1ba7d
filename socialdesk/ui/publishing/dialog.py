"""File ▸ Publish… (Ctrl+Shift+P): confirm, then publish every platform at once.

The dialog lists each enabled platform with its account (the draft's choice, which
can be changed here), the exact final text, and anything that blocks sending; the
Publish button stays disabled until nothing blocks. Publishing runs off the GUI
thread; each platform shows its progress and then a link to the new post. Retry
re-sends only the failed platforms. The results go into the draft's publish log,
which is saved with the draft when it has a file.

The entries that open it are `install_publishing(window)` in `ui/publishing/install.py`;
this dialog does not know who opens it.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt, QThreadPool
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from socialdesk.accounts import AccountStore
from socialdesk.draft import Draft, DraftError
from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.platforms.twitter.thread import thread_as_text
from socialdesk.publishing import (
    Outcome,
    PlatformPlan,
    PublishJob,
    PublishPlan,
    outbox_dir,
    plan_publish,
    record,
)
from socialdesk.settings import Settings
from socialdesk.ui.common.background_task import BackgroundTask
from socialdesk.ui.common.core_texts import core_message
from socialdesk.ui.common.i18n import english_plural
from socialdesk.ui.common.screen_fit import resize_to_fit
from socialdesk.ui.publishing.accounts_dialog import AccountsDialog
from socialdesk.ui.shell.document import DraftDocument

STATUS_TEXT = {
    "published": ("✓", QT_TRANSLATE_NOOP("PlatformRow", "Published"), "#1E7F3C"),
    "scheduled": ("✓", QT_TRANSLATE_NOOP("PlatformRow", "Scheduled"), "#1E7F3C"),
    "outbox": ("✓", QT_TRANSLATE_NOOP("PlatformRow", "Saved to the Outbox"), "#1E7F3C"),
    "skipped": ("·", QT_TRANSLATE_NOOP("PlatformRow", "Not sent again"), "#5F6368"),
    "failed": ("✗", QT_TRANSLATE_NOOP("PlatformRow", "Failed"), "#B3261E"),
    "unknown": ("?", QT_TRANSLATE_NOOP("PlatformRow", "Unknown"), "#B26A00"),
}
_LINK = re.compile(r"https://[^\s,<>&\"']*[^\s,<>&\"'.]")
NO_ACCOUNT = QT_TRANSLATE_NOOP("PublishDialog", "No account — save to the Outbox folder")


class PlatformRow(QFrame):
    """One platform in the confirmation: account, exact text, problems, then the result."""

    def __init__(self, pid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pid = pid
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        name = QLabel(get_platform(pid).name)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        head.addWidget(name)
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("Account")))
        self.account_combo = QComboBox()
        self.account_combo.setMinimumWidth(260)
        head.addWidget(self.account_combo)
        layout.addLayout(head)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setMaximumHeight(80)
        layout.addWidget(self.text_view)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #B3261E;")
        layout.addWidget(self.problems_label)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: #5F6368;")
        layout.addWidget(self.notes_label)
        status = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.hide()
        status.addWidget(self.progress)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setOpenExternalLinks(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        status.addWidget(self.status_label, 1)
        layout.addLayout(status)

    def show_plan(self, plan: PlatformPlan) -> None:
        # an X thread: its posts, numbered, as they go out
        self.text_view.setPlainText(
            plan.text if plan.thread is None else thread_as_text(plan.thread)
        )
        self.problems_label.setText("\n".join(f"✗ {core_message(p)}" for p in plan.problems))
        self.problems_label.setVisible(bool(plan.problems))
        self.notes_label.setText("\n".join(f"· {core_message(n)}" for n in plan.notes))
        self.notes_label.setVisible(bool(plan.notes))

    def set_sending(self) -> None:
        self.progress.show()
        self.status_label.setText(self.tr("Sending…"))

    def show_outcome(self, outcome: Outcome) -> None:
        self.progress.hide()
        symbol, word, colour = STATUS_TEXT[outcome.status]
        parts = [f'<span style="color:{colour}"><b>{symbol} {self.tr(word)}</b></span>']
        if outcome.url:
            label = (
                self.tr("Open the file") if outcome.status == "outbox" else self.tr("Open the post")
            )
            parts.append(f'<a href="{html.escape(outcome.url, quote=True)}">{label}</a>')
        if outcome.message and outcome.status != "outbox":
            # a thread's message names the posts already live: their links open them
            parts.append(_LINK.sub(r'<a href="\g<0>">\g<0></a>', html.escape(outcome.message)))
        self.status_label.setText(" — ".join(parts))


class PublishDialog(QDialog):
    def __init__(
        self,
        document: DraftDocument,
        settings: Settings | None = None,
        store: AccountStore | None = None,
        outbox: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings if settings is not None else Settings.load()
        self.store = store if store is not None else AccountStore(self.settings)
        self.outbox = outbox if outbox is not None else outbox_dir(self.settings)
        self.plan: PublishPlan | None = None
        self.job: PublishJob | None = None
        self.task: BackgroundTask | None = None
        self.pool = QThreadPool(self)
        self.rows: dict[str, PlatformRow] = {}
        self.setWindowTitle(
            self.tr("Publish “{display_name}”").format(display_name=document.display_name())
        )
        resize_to_fit(self, 760, 720)

        layout = QVBoxLayout(self)
        options = QHBoxLayout()
        self.schedule_box = QCheckBox(self.tr("Schedule VK and Facebook for"))
        self.schedule_box.setToolTip(
            self.tr("X and Weibo have no scheduling: they publish right away")
        )
        self.schedule_edit = QDateTimeEdit()
        self.schedule_edit.setCalendarPopup(True)
        self.schedule_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = datetime.now().replace(second=0, microsecond=0) + timedelta(hours=1)
        self.schedule_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
        self.schedule_edit.setEnabled(False)
        self.schedule_box.toggled.connect(self.schedule_edit.setEnabled)
        self.schedule_box.toggled.connect(self.replan)
        self.schedule_edit.dateTimeChanged.connect(self.replan)
        options.addWidget(self.schedule_box)
        options.addWidget(self.schedule_edit)
        options.addStretch(1)
        self.force_box = QCheckBox(self.tr("Publish again where this text is already published"))
        self.force_box.toggled.connect(self.replan)
        options.addWidget(self.force_box)
        layout.addLayout(options)

        self.rows_host = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_host)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addStretch(1)  # rows are inserted above it
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows_host)
        layout.addWidget(scroll, 1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.accounts_button = QPushButton(self.tr("Accounts…"))
        self.accounts_button.clicked.connect(self.open_accounts)
        buttons.addWidget(self.accounts_button)
        buttons.addStretch(1)
        self.retry_button = QPushButton(self.tr("Retry failed"))
        self.retry_button.clicked.connect(self.retry_failed)
        self.retry_button.hide()
        buttons.addWidget(self.retry_button)
        self.publish_button = QPushButton(self.tr("Publish"))
        self.publish_button.setDefault(True)
        self.publish_button.clicked.connect(self.publish)
        buttons.addWidget(self.publish_button)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.replan()

    # -- planning -------------------------------------------------------------------------
    @property
    def draft(self) -> Draft:
        return self.document.draft

    @property
    def publishing(self) -> bool:
        return self.task is not None

    def schedule(self) -> dict[str, datetime] | None:
        if not self.schedule_box.isChecked():
            return None
        when = self.schedule_edit.dateTime().toPython()
        assert isinstance(when, datetime)
        # every platform gets the time; those without scheduling say they publish now
        return dict.fromkeys(PLATFORM_IDS, when.astimezone())

    def replan(self) -> None:
        if self.publishing:
            return
        self.plan = plan_publish(
            self.draft,
            store=self.store,
            settings=self.settings,
            when=self.schedule(),
            force=self.force_box.isChecked(),
            title=self.document.display_name(),
            draft_path=self.document.path,
        )
        self._sync_rows(self.plan)
        self._update_buttons()

    def _sync_rows(self, plan: PublishPlan) -> None:
        wanted = [p.platform for p in plan.platforms]
        for pid in list(self.rows):
            if pid not in wanted:
                self.rows.pop(pid).deleteLater()
        for index, item in enumerate(plan.platforms):
            row = self.rows.get(item.platform)
            if row is None:
                row = self.rows[item.platform] = PlatformRow(item.platform)
                row.account_combo.activated.connect(
                    lambda _i, pid=item.platform: self._account_chosen(pid)
                )
                self.rows_layout.insertWidget(index, row)
            self._fill_accounts(row, item)
            row.show_plan(item)

    def _fill_accounts(self, row: PlatformRow, item: PlatformPlan) -> None:
        combo = row.account_combo
        combo.blockSignals(True)
        combo.clear()
        accounts = self.store.accounts(item.platform)
        if not accounts:
            combo.addItem(self.tr(NO_ACCOUNT), "")
        for account in accounts:
            combo.addItem(account.display, account.id)
        chosen = item.account.id if item.account is not None else ""
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _account_chosen(self, pid: str) -> None:
        account_id = self.rows[pid].account_combo.currentData() or None
        self.document.set_variant_account(pid, account_id)
        self.replan()

    def _update_buttons(self) -> None:
        plan = self.plan
        busy = self.publishing
        failed = self.job.failed() if self.job is not None else []
        # after a run, failures are Retry's business; Publish is for what is still unsent
        ready = plan is not None and plan.ready
        if ready and plan is not None and failed:
            ready = any(not p.skip and p.platform not in failed for p in plan.platforms)
        self.publish_button.setEnabled(ready and not busy)
        self.retry_button.setVisible(bool(failed))
        self.retry_button.setEnabled(bool(failed) and not busy)
        self.schedule_box.setEnabled(not busy)
        self.force_box.setEnabled(not busy)
        self.accounts_button.setEnabled(not busy)
        for row in self.rows.values():
            row.account_combo.setEnabled(not busy)
        if busy:
            self.summary.setText(self.tr("Publishing… each platform shows its progress."))
        elif plan is None or not plan.platforms:
            self.summary.setText(self.tr("No platform is enabled in this draft."))
        elif plan.blocking:
            count = len(plan.blocking)
            self.summary.setText(
                english_plural(
                    self.tr(
                        "Fix %n problem(s) marked ✗ before publishing; nothing has been sent.",
                        "",
                        count,
                    ),
                    count,
                )
            )
        elif not ready and failed:
            self.summary.setText(self.tr("Retry sends only the failed platforms."))
        elif not ready:
            self.summary.setText(self.tr("Everything here is already published with this text."))
        else:
            self.summary.setText(self._ready_summary(plan))
        # with no account anywhere nothing goes out: the button says what it will do
        outbox_only = plan is not None and all(
            p.destination == "outbox" for p in plan.platforms if not p.skip
        )
        self.publish_button.setText(
            self.tr("Save to Outbox") if outbox_only else self.tr("Publish")
        )

    def _ready_summary(self, plan: PublishPlan) -> str:
        """Which platforms get posted and which only get a file in the Outbox."""
        sending = [p for p in plan.platforms if not p.skip]
        posted = ", ".join(p.name for p in sending if p.destination == "api")
        saved = ", ".join(p.name for p in sending if p.destination == "outbox")
        if not saved:
            return self.tr("Ready to publish to {join}.").format(join=posted)
        if not posted:
            return self.tr(
                "Nothing will be posted: there is no account for {join}. Their texts are"
                " saved to the Outbox folder for you to post by hand; add an account"
                " (Accounts…) to publish directly."
            ).format(join=saved)
        return self.tr(
            "Ready to publish to {posted}. No account for {saved}: saved to the Outbox"
            " folder instead."
        ).format(posted=posted, saved=saved)

    # -- publishing -----------------------------------------------------------------------
    def publish(self) -> None:
        if self.publishing or self.plan is None or not self.plan.ready:
            return  # a second click while publishing does nothing
        self.job = PublishJob(self.plan, self.outbox)
        self._start(self.job.run)

    def retry_failed(self) -> None:
        if self.publishing or self.job is None or not self.job.failed():
            return
        self._start(self.job.retry)

    def _start(self, run: Any) -> None:
        task = BackgroundTask(lambda report: run(lambda pid, outcome: report((pid, outcome))))
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._finished)
        self.task = task
        self._update_buttons()
        self.pool.start(task)

    def _progress(self, event: object) -> None:
        pid, outcome = event  # type: ignore[misc]
        row = self.rows.get(pid)
        if row is None:
            return
        if outcome is None:
            row.set_sending()
        else:
            row.show_outcome(outcome)

    def _finished(self, result: object) -> None:
        self.task = None
        if isinstance(result, BaseException):
            self.summary.setText(self.tr("Publishing stopped: {result}").format(result=result))
            self._update_buttons()
            return
        outcomes = list(result)  # type: ignore[call-overload]
        for outcome in outcomes:
            self.rows[outcome.platform].show_outcome(outcome)
        self.document.edit(lambda draft: record(draft, outcomes))
        saved = self._save_log()
        self.replan()  # published platforms now show as done and are not sent again
        self.summary.setText(self._result_summary(outcomes) + saved)

    def _save_log(self) -> str:
        """Save the draft so its publish log survives; a new draft waits for Save As."""
        if self.document.path is None:
            return " " + self.tr("Save the draft to keep its publish log.")
        try:
            self.document.save()
        except (DraftError, OSError) as exc:
            return " " + self.tr("The publish log could not be saved: {problem}").format(
                problem=exc
            )
        return ""

    def _result_summary(self, outcomes: list[Outcome]) -> str:
        failed = [o for o in outcomes if o.status == "failed"]
        unknown = [o for o in outcomes if o.status == "unknown"]
        parts = []
        done = len(outcomes) - len(failed) - len(unknown)
        parts.append(self.tr("Done: {done} of {total}.").format(done=done, total=len(outcomes)))
        if failed:
            parts.append(self.tr("Retry sends only the failed platforms."))
        if unknown:
            parts.append(self.tr("Check the platforms marked ? before publishing there again."))
        return " ".join(parts)

    def open_accounts(self) -> None:
        dialog = AccountsDialog(self.store, parent=self)
        dialog.exec()
        self.replan()

    # -- closing --------------------------------------------------------------------------
    def reject(self) -> None:
        if self.publishing:
            return  # closing now would hide results still coming in
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.publishing:
            event.ignore()
            return
        self.pool.waitForDone()
        super().closeEvent(event)
