"""View ▸ Calendar: a week or a month of every post scheduled or published, from all drafts.

Each post is a chip in its platform's colour at its time in the writer's zone; hovering
shows the market's own time. Drag a chip to another day to move it (same time of day),
or use its menu to move it to an exact time, cancel it (on VK and Facebook this deletes
the planned post through their API) or open its draft. On opening, the calendar reads
VK's postponed and Facebook's scheduled posts back in the background.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QMimeData,
    QPoint,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from socialdesk.platforms import get_platform
from socialdesk.schedule import calendar
from socialdesk.schedule.queue import Queue, QueuedPost
from socialdesk.schedule.zones import zone
from socialdesk.settings import Settings
from socialdesk.ui.common.background_task import BackgroundTask
from socialdesk.ui.common.market_time import market_time_text
from socialdesk.ui.common.screen_fit import resize_to_fit

MIME = "application/x-socialdesk-post"
BAR = 4  # px: the platform's colour at a chip's left edge
MONTH_CHIPS = 4  # a month cell shows this many posts, then "+N more"
WEEK_CHIPS = 10  # a week's day (two lines each) shows this many, then "+N more"
STATUS_MARK = {
    "queued": "◷",
    "missed": "⚠",
    "scheduled": "◷",
    "published": "✓",
    "sending": "…",
    "unknown": "?",
    "failed": "✗",
}


def platform_colour(pid: str) -> str:
    colours = get_platform(pid).colors
    return colours.get("calendar") or colours.get("accent", "#888888")


def local_zone() -> tzinfo:
    found = datetime.now().astimezone().tzinfo
    assert found is not None
    return found


class PostChip(QLabel):
    """One post: time, platform and title; drag it to another day, right-click for more."""

    def __init__(
        self, post: QueuedPost, where: tzinfo, two_lines: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.post = post
        self.where = where
        self.colour = QColor(platform_colour(post.platform))
        # drawn by hand (paintEvent), not with a style sheet: a month has hundreds of chips
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setContentsMargins(BAR + 3, 1, 3, 1)
        local = post.due.astimezone(where)
        name = get_platform(post.platform).name
        mark = STATUS_MARK.get(post.status, "")
        # a week has room for two lines: the title gets its own
        joint = "\n" if two_lines else " · "
        self.setText(f"{mark} {local:%H:%M} {name}{joint}{post.title}")
        self.setTextFormat(Qt.TextFormat.PlainText)
        # a long title is cut at the cell's edge instead of widening its day
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._press: QPoint | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.fillRect(0, 0, BAR, self.height(), self.colour)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and not self.toolTip():
            self.setToolTip(self.tooltip_text())  # built on first hover: opening stays fast
        return super().event(event)

    def tooltip_text(self) -> str:
        post, where = self.post, self.where
        market = zone(post.market_zone) if post.market_zone else None
        lines = [
            market_time_text(post.due, market, where),
            self.tr(_STATUS_WORDS.get(post.status, post.status)),
        ]
        if calendar.needs_this_computer(post):
            lines.append(self.tr("Needs this computer on at that time."))
        if post.message:
            lines.append(post.message)
        lines.append("")
        lines.append(post.text[:280])
        return "\n".join(lines)

    def movable(self) -> bool:
        return post_movable(self.post)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not self.movable():
            return
        if (event.position().toPoint() - self._press).manhattanLength() < 8:
            return
        self._press = None
        mime = QMimeData()
        mime.setData(MIME, str(self.post.id).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)


_STATUS_WORDS = {
    "queued": "Waiting in this computer's queue",
    "missed": "Missed: waiting for your decision",
    "scheduled": "Held by the platform for later",
    "published": "Published",
    "sending": "Sending",
    "unknown": "Outcome unknown: check the platform",
    "failed": "Failed",
}


def post_movable(post: QueuedPost) -> bool:
    return post.status in ("queued", "missed", "scheduled")


class DayCell(QFrame):
    """A day: its date and its posts; a post dropped here moves to this day."""

    dropped = Signal(int, object)  # post id, date

    def __init__(self, day: date, dim: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(90, 60)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        head = QLabel(str(day.day))
        if day == date.today():
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            head.setForegroundRole(QPalette.ColorRole.Highlight)
        elif dim:
            head.setForegroundRole(QPalette.ColorRole.Mid)
        layout.addWidget(head)
        self.chips: list[PostChip] = []
        self.more = QLabel()
        self.more.hide()
        self.body = layout

    def add_posts(self, posts: list[QueuedPost], where: tzinfo, limit: int) -> None:
        shown = posts[:limit]
        for post in shown:
            chip = PostChip(post, where, limit == WEEK_CHIPS, self)
            self.chips.append(chip)
            self.body.addWidget(chip)
        hidden = len(posts) - len(shown)
        if hidden:
            self.more.setText(self.tr("+%n more", "", hidden).replace("%n", str(hidden)))
            self.more.setToolTip("\n".join(f"{p.title}" for p in posts[len(shown) :]))
            self.body.addWidget(self.more)
            self.more.show()
        self.body.addStretch(1)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        raw = bytes(event.mimeData().data(MIME).data()).decode()
        if raw.isdigit():
            event.acceptProposedAction()
            self.dropped.emit(int(raw), self.day)


class MoveDialog(QDialog):
    """Ask for an exact new time (in the writer's zone)."""

    def __init__(self, post: QueuedPost, where: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move post"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("New time (your time):")))
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(post.due.timestamp())))
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.where = where

    def chosen(self) -> datetime:
        value = self.edit.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(value).astimezone()


class CalendarDialog(QDialog):
    """The calendar window. `open_draft(path)` asks the app to open a post's draft."""

    open_draft = Signal(str)

    def __init__(
        self,
        settings: Settings | None = None,
        queue: Queue | None = None,
        parent: QWidget | None = None,
        *,
        sync: bool = True,
        where: tzinfo | None = None,
        mode: str = "week",
    ) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else Settings.load()
        self.queue = queue if queue is not None else Queue()
        self.where = where or local_zone()
        self.mode = mode
        self.anchor = datetime.now(self.where).date()
        self.cells: list[DayCell] = []
        self.pool = QThreadPool(self)
        self.tasks: list[BackgroundTask] = []
        self.setWindowTitle(self.tr("Calendar"))
        resize_to_fit(self, 1100, 720)

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.back = QToolButton()
        self.back.setText("◀")
        self.back.setToolTip(self.tr("Earlier"))
        self.back.clicked.connect(lambda: self.step(-1))
        self.today = QPushButton(self.tr("Today"))
        self.today.clicked.connect(self.go_today)
        self.forward = QToolButton()
        self.forward.setText("▶")
        self.forward.setToolTip(self.tr("Later"))
        self.forward.clicked.connect(lambda: self.step(1))
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        for widget in (self.back, self.today, self.forward, self.title):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[str, QToolButton] = {}
        for key, label in (("week", self.tr("Week")), ("month", self.tr("Month"))):
            button = QToolButton()
            button.setText(label)
            button.setCheckable(True)
            button.setChecked(key == self.mode)
            button.clicked.connect(lambda _c=False, k=key: self.set_mode(k))
            self.modes.addButton(button)
            self.mode_buttons[key] = button
            bar.addWidget(button)
        self.refresh_button = QPushButton(self.tr("Refresh from VK and Facebook"))
        self.refresh_button.clicked.connect(self.sync_native)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(4)
        layout.addWidget(self.grid_host, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.legend = QLabel(
            self.tr("◷ waiting · ⚠ missed · ✓ published — times are yours; hover for the market's")
        )
        self.legend.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.legend)
        self.reload()
        if sync:
            self.sync_native()

    # -- what is shown --------------------------------------------------------------------
    def days(self) -> list[list[date]]:
        if self.mode == "week":
            return [calendar.week_of(self.anchor)]
        return calendar.month_grid(self.anchor.year, self.anchor.month)

    def reload(self) -> None:
        weeks = self.days()
        first, last = weeks[0][0], weeks[-1][-1]
        start = datetime.combine(first, time(), self.where)
        end = datetime.combine(last + timedelta(days=1), time(), self.where)
        try:
            posts = calendar.entries(self.queue, start, end)
        except Exception as exc:  # a damaged queue file: say so, show an empty calendar
            posts = []
            self.status.setText(str(exc))
        by_day = calendar.by_day(posts, self.where)
        self._clear()
        locale = QLocale()
        for column, day in enumerate(weeks[0]):
            head = QLabel(locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat))
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(head, 0, column)
        month = self.mode == "month"
        for row, week in enumerate(weeks, start=1):
            for column, day in enumerate(week):
                cell = DayCell(day, month and day.month != self.anchor.month)
                cell.add_posts(
                    by_day.get(day, []), self.where, MONTH_CHIPS if month else WEEK_CHIPS
                )
                cell.dropped.connect(self.move_to_day)
                for chip in cell.chips:
                    chip.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                    chip.customContextMenuRequested.connect(
                        lambda pos, c=chip: self.chip_menu(c, c.mapToGlobal(pos))
                    )
                self.grid.addWidget(cell, row, column)
                self.cells.append(cell)
        for row in range(1, len(weeks) + 1):
            self.grid.setRowStretch(row, 1)
        for column in range(7):
            self.grid.setColumnStretch(column, 1)
        if month:
            name = locale.standaloneMonthName(self.anchor.month)
            title = f"{name[:1].upper()}{name[1:]} {self.anchor.year}"
        else:
            first, last = QDate(weeks[0][0]), QDate(weeks[0][-1])
            short = QLocale.FormatType.ShortFormat
            title = f"{locale.toString(first, short)} – {locale.toString(last, short)}"
        self.title.setText(title)

    def _clear(self) -> None:
        self.cells = []
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # gone from sight now, freed on the next turn of the loop
                widget.deleteLater()

    def chips(self) -> list[PostChip]:
        return [chip for cell in self.cells for chip in cell.chips]

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.reload()

    def step(self, direction: int) -> None:
        if self.mode == "week":
            self.anchor += timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.reload()

    def go_today(self) -> None:
        self.anchor = datetime.now(self.where).date()
        self.reload()

    # -- actions ----------------------------------------------------------------------------
    def chip_menu(self, chip: PostChip, where: QPoint) -> None:
        menu = QMenu(self)
        post = chip.post
        if post.draft_path:
            menu.addAction(self.tr("Open the draft"), lambda: self.open_draft.emit(post.draft_path))
        if post.url:
            menu.addAction(self.tr("Open the post"), lambda: _open_url(post.url))
        if post_movable(post):
            menu.addAction(self.tr("Move…"), lambda: self.ask_move(post))
            menu.addAction(self.tr("Cancel this post"), lambda: self.cancel(post))
        if post.status == "missed":
            menu.addAction(self.tr("Send now"), lambda: self.send_now(post))
        menu.popup(where)

    def ask_move(self, post: QueuedPost) -> None:
        dialog = MoveDialog(post, self.where, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.move(post.id, dialog.chosen())

    def move_to_day(self, post_id: int, day: object) -> None:
        assert isinstance(day, date)
        post = self.queue.get(post_id)
        local = post.due.astimezone(self.where)
        self.move(post_id, datetime.combine(day, local.time(), self.where))

    def move(self, post_id: int, when: datetime) -> None:
        post = self.queue.get(post_id)
        self._run(
            lambda _report: calendar.reschedule(post, when, self.settings, self.queue),
            self.tr("Moving the post…"),
            self.tr("Moved."),
        )

    def cancel(self, post: QueuedPost) -> None:
        self._run(
            lambda _report: calendar.cancel(post, self.settings, self.queue),
            self.tr("Cancelling the post…"),
            self.tr("Cancelled."),
        )

    def send_now(self, post: QueuedPost) -> None:
        from socialdesk.schedule.runner import run_queue

        self._run(
            lambda _report: run_queue(queue=self.queue, settings=self.settings, send_now=[post.id]),
            self.tr("Sending…"),
            self.tr("Sent — see the post's status."),
        )

    def sync_native(self) -> None:
        self.refresh_button.setEnabled(False)

        def done(result: object) -> None:
            self.refresh_button.setEnabled(True)
            if isinstance(result, calendar.SyncReport) and result.problems:
                self.status.setText("\n".join(result.problems))

        self._run(
            lambda _report: calendar.sync_native(self.queue, self.settings),
            self.tr("Reading planned posts from VK and Facebook…"),
            "",
            done,
        )

    def _run(self, work: Any, busy: str, finished: str, then: Any = None) -> None:
        """Network and disk work off the GUI thread; the calendar reloads afterwards."""
        task = BackgroundTask(work)
        self.tasks.append(task)

        def end(result: object) -> None:
            self.tasks.remove(task)
            if isinstance(result, Exception):
                self.status.setText(str(result))
            elif finished:
                self.status.setText(finished)
            else:
                self.status.clear()
            if then is not None:
                then(result)
            self.reload()

        task.signals.finished.connect(end)
        self.status.setText(busy)
        self.pool.start(task)

    def done(self, result: int) -> None:
        self.pool.waitForDone()
        super().done(result)


def _open_url(url: str) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl(url))
