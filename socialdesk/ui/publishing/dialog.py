"""File ▸ Publish… (Ctrl+Shift+P): confirm, then publish every platform at once.

The dialog lists each enabled platform with its account (the draft's choice, which
can be changed here), the exact final text, every picture it gets (those from outside
the draft's folder by path: uploading them needs the writer's yes), and anything that
blocks sending; the Publish button stays disabled until nothing blocks. Scheduling
gives every platform a time in its audience's time zone (or the writer's own), shown in
both; VK and Facebook hold the post themselves, X and Weibo wait in this computer's
queue. Publishing runs off the GUI
thread; each platform shows its progress and then a link to the new post. Retry
re-sends only the failed platforms. The results go into the draft's publish log,
which is saved with the draft when it has a file.

The entries that open it are `install_publishing(window)` in `ui/publishing/install.py`;
this dialog does not know who opens it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QThreadPool, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from socialdesk.accounts import AccountStore
from socialdesk.draft import Draft, DraftError
from socialdesk.media.consent import OutsideImage
from socialdesk.platforms import get_platform
from socialdesk.publishing import (
    Outcome,
    PlatformPlan,
    PublishJob,
    PublishPlan,
    outbox_dir,
    plan_publish,
    record,
)
from socialdesk.schedule.zones import ScheduleError, localize, zone_for_language
from socialdesk.settings import Settings
from socialdesk.ui.common.background_task import BackgroundTask
from socialdesk.ui.common.i18n import english_plural
from socialdesk.ui.common.market_time import market_time_text
from socialdesk.ui.common.screen_fit import resize_to_fit
from socialdesk.ui.media.consent import ask_outside_consent
from socialdesk.ui.publishing.accounts_dialog import AccountsDialog
from socialdesk.ui.publishing.platform_row import PlatformRow
from socialdesk.ui.shell.document import DraftDocument

NO_ACCOUNT = QT_TRANSLATE_NOOP("PublishDialog", "No account — save to the Outbox folder")


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
        self.schedule_box = QCheckBox(self.tr("Schedule for"))
        self.schedule_box.setToolTip(
            self.tr(
                "VK and Facebook hold the post until then; X and Weibo wait in this"
                " computer's queue, which needs the computer on at that time"
            )
        )
        self.schedule_edit = QDateTimeEdit()
        self.schedule_edit.setCalendarPopup(True)
        self.schedule_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = datetime.now().replace(second=0, microsecond=0) + timedelta(hours=1)
        self.schedule_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
        self.schedule_edit.setEnabled(False)
        self.zone_mode = QComboBox()
        self.zone_mode.addItem(self.tr("in each audience's time zone"), "market")
        self.zone_mode.addItem(self.tr("in my time zone"), "mine")
        self.zone_mode.setEnabled(False)
        self.schedule_box.toggled.connect(self.schedule_edit.setEnabled)
        self.schedule_box.toggled.connect(self.zone_mode.setEnabled)
        self.schedule_box.toggled.connect(self._spread_time)
        self.schedule_edit.dateTimeChanged.connect(self._spread_time)
        self.zone_mode.currentIndexChanged.connect(self._spread_time)
        options.addWidget(self.schedule_box)
        options.addWidget(self.schedule_edit)
        options.addWidget(self.zone_mode)
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
        self.ready_button = QPushButton(self.tr("Send the ready ones"))
        self.ready_button.setToolTip(
            self.tr("Publish the platforms that have no problem; the others stay marked")
        )
        self.ready_button.clicked.connect(self.publish_ready)
        self.ready_button.hide()
        buttons.addWidget(self.ready_button)
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

    def market_zone(self, pid: str) -> ZoneInfo | None:
        """The zone a platform's time is typed in: its audience's, or None for the writer's."""
        if self.zone_mode.currentData() != "market":
            return None
        return zone_for_language(self.draft.variants[pid].language, self.settings)

    def _spread_time(self) -> None:
        """The time at the top becomes every platform's time (each in its own zone)."""
        for row in self.rows.values():
            row.time_edit.blockSignals(True)
            row.time_edit.setDateTime(self.schedule_edit.dateTime())
            row.time_edit.blockSignals(False)
        self.replan()

    def schedule(self) -> dict[str, datetime] | None:
        """Each platform's instant; a time a daylight-saving switch skips is a problem on
        its row (`self.time_problems`) and leaves that platform out."""
        self.time_problems: dict[str, str] = {}
        if not self.schedule_box.isChecked():
            return None
        times = {}
        for pid, row in self.rows.items():
            wall = row.time_edit.dateTime().toPython()
            assert isinstance(wall, datetime)
            market = self.market_zone(pid)
            try:
                times[pid] = localize(wall, market) if market else wall.astimezone()
            except ScheduleError as exc:
                self.time_problems[pid] = str(exc)
        return times

    def replan(self) -> None:
        if self.publishing:
            return
        if not self.rows:  # the first plan makes the rows that hold each platform's time
            self._sync_rows(plan_publish(self.draft, store=self.store, settings=self.settings))
            self._spread_time()
            return
        self.plan = plan_publish(
            self.draft,
            store=self.store,
            settings=self.settings,
            when=self.schedule(),
            force=self.force_box.isChecked(),
            title=self.document.display_name(),
            draft_path=self.document.path,
            renew=False,  # no network on the window's thread: renewed just before sending
        )
        self._sync_rows(self.plan)
        self._show_times(self.plan)
        self._update_buttons()

    def _show_times(self, plan: PublishPlan) -> None:
        scheduling = self.schedule_box.isChecked()
        for item in plan.platforms:
            row = self.rows[item.platform]
            row.when_row.setVisible(scheduling)
            problem = self.time_problems.get(item.platform, "")
            when = item.when or item.queue_at
            if problem:
                row.zone_label.setText(problem)
            elif when is not None:
                row.zone_label.setText(market_time_text(when, self.market_zone(item.platform)))
            else:
                row.zone_label.clear()

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
                row.time_edit.setDateTime(self.schedule_edit.dateTime())
                row.time_edit.dateTimeChanged.connect(self.replan)
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
        ready = plan is not None and plan.ready and not getattr(self, "time_problems", {})
        if ready and plan is not None and failed:
            ready = any(not p.skip and p.platform not in failed for p in plan.platforms)
        self.publish_button.setEnabled(ready and not busy)
        partly = plan is not None and plan.partly_ready and not failed
        self.ready_button.setVisible(partly)
        self.ready_button.setEnabled(partly and not busy)
        self.retry_button.setVisible(bool(failed))
        self.retry_button.setEnabled(bool(failed) and not busy)
        self.schedule_box.setEnabled(not busy)
        self.force_box.setEnabled(not busy)
        self.accounts_button.setEnabled(not busy)
        self.zone_mode.setEnabled(self.schedule_box.isChecked() and not busy)
        for row in self.rows.values():
            row.account_combo.setEnabled(not busy)
            row.time_edit.setEnabled(not busy)
        if busy:
            self.summary.setText(self.tr("Publishing… each platform shows its progress."))
        elif plan is None or not plan.platforms:
            self.summary.setText(self.tr("No platform is enabled in this draft."))
        elif plan.blocking and plan.partly_ready:
            count = len(plan.held)
            self.summary.setText(
                english_plural(
                    self.tr(
                        "%n platform(s) cannot go yet (marked ✗). Fix them, or send the "
                        "ready ones now; nothing has been sent.",
                        "",
                        count,
                    ),
                    count,
                )
            )
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
            p.destination in ("outbox", "by_hand") for p in plan.platforms if not p.skip
        )
        self.publish_button.setText(
            self.tr("Save to Outbox") if outbox_only else self.tr("Publish")
        )

    def _ready_summary(self, plan: PublishPlan) -> str:
        """Which platforms get posted, queued, or only a file in the Outbox."""
        sending = [p for p in plan.platforms if not p.skip]
        queued = ", ".join(p.name for p in sending if p.destination == "queue")
        summary = self._sent_summary([p for p in sending if p.destination != "queue"])
        if not queued:
            return summary
        note = self.tr("{join} wait in this computer's queue.").format(join=queued)
        return f"{summary} {note}" if summary else note

    def _sent_summary(self, sending: list[PlatformPlan]) -> str:
        if not sending:
            return ""
        posted = ", ".join(p.name for p in sending if p.destination == "api")
        # posting by hand without an account is the Outbox too (plus the composer)
        saved = ", ".join(
            p.name
            for p in sending
            if p.destination == "outbox" or (p.destination == "by_hand" and p.account is None)
        )
        by_hand = ", ".join(
            p.name for p in sending if p.destination == "by_hand" and p.account is not None
        )
        hand_note = (
            " "
            + self.tr("{names}: you post it by hand in the composer SocialDesk opens.").format(
                names=by_hand
            )
            if by_hand
            else ""
        )
        if not posted and not saved:
            return hand_note.strip()
        if not saved:
            return self.tr("Ready to publish to {join}.").format(join=posted) + hand_note
        if not posted:
            return (
                self.tr(
                    "Nothing will be posted: there is no account for {join}. Their texts are"
                    " saved to the Outbox folder for you to post by hand; add an account"
                    " (Accounts…) to publish directly."
                ).format(join=saved)
                + hand_note
            )
        return (
            self.tr(
                "Ready to publish to {posted}. No account for {saved}: saved to the Outbox"
                " folder instead."
            ).format(posted=posted, saved=saved)
            + hand_note
        )

    # -- publishing -----------------------------------------------------------------------
    def publish(self) -> None:
        if self.publishing or self.plan is None or not self.plan.ready:
            return  # a second click while publishing does nothing
        outside = self.outside_uploads(self.plan)
        if outside and not self.confirm_outside(outside):
            self.summary.setText(
                self.tr(
                    "Nothing was sent: the draft's pictures from outside its folder were not"
                    " allowed."
                )
            )
            return
        self.job = PublishJob(self.plan, self.outbox)
        self._start(self.job.run)

    @staticmethod
    def outside_uploads(plan: PublishPlan) -> list[OutsideImage]:
        """The pictures from outside the draft's folder that this run would upload."""
        found: dict[int, OutsideImage] = {}
        for item in plan.platforms:
            if not item.skip and item.destination == "api":
                found.update((image.found.number, image) for image in item.outside)
        return [found[number] for number in sorted(found)]

    def confirm_outside(self, images: list[OutsideImage]) -> bool:
        """Dialog seam (tests replace it): may these pictures be uploaded?"""
        return ask_outside_consent(self, images, "upload")

    def publish_ready(self) -> None:
        """Send the platforms without problems; the others come back as "held"."""
        if self.publishing or self.plan is None or not self.plan.partly_ready:
            return
        job = self.job = PublishJob(self.plan, self.outbox)
        self._start(lambda progress: job.run(progress, ready_only=True))

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
            if outcome.status == "by_hand" and self.plan is not None:
                self.hand_over(self.plan.get(outcome.platform).text, outcome.url)
        self.document.edit(lambda draft: record(draft, outcomes))
        if any(o.status in ("published", "scheduled") for o in outcomes):
            self.document.checkpoint.emit("publish", "")  # the version that went out
        saved = self._save_log()
        self.replan()  # published platforms now show as done and are not sent again
        self.summary.setText(self._result_summary(outcomes) + saved)

    def hand_over(self, text: str, composer: str) -> None:
        """Posting by hand: the text on the clipboard, the platform's composer open."""
        QGuiApplication.clipboard().setText(text)
        QDesktopServices.openUrl(QUrl(composer))

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
        held = [o for o in outcomes if o.status == "held"]
        parts = []
        done = len(outcomes) - len(failed) - len(unknown) - len(held)
        parts.append(self.tr("Done: {done} of {total}.").format(done=done, total=len(outcomes)))
        if held:
            names = ", ".join(get_platform(o.platform).name for o in held)
            parts.append(
                self.tr("Not sent: {names}; fix what is marked and publish again.").format(
                    names=names
                )
            )
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
