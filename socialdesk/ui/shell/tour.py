"""The first-run tour: a few callouts over the window pointing at the editor, the cards,
Translate, Templates, Export and Publish. It shows once (window.ini "tour_done"); Skip
or Escape ends it at any step; Help ▸ Show the Tour brings it back."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

DONE_KEY = "tour_done"
MARGIN = 10
ACCENT = "#2F6FEB"

translate = QCoreApplication.translate
Target = Callable[[Any], QRect | None]  # where the step points, in window coordinates


@dataclass(frozen=True)
class TourStep:
    key: str
    title: str
    text: str
    target: Target


def _widget_rect(window: QWidget, widget: QWidget | None) -> QRect | None:
    if widget is None or not widget.isVisible():
        return None
    top_left = widget.mapTo(window, QPoint(0, 0))
    return QRect(top_left, widget.size())


def _toolbar_rect(window: Any, action: QAction | None) -> QRect | None:
    toolbar = getattr(window, "toolbar", None)
    if action is None or toolbar is None:
        return None
    return _widget_rect(window, toolbar.widgetForAction(action))


def _menu_rect(window: Any, key: str) -> QRect | None:
    menu = getattr(window, "menus", {}).get(key)
    if menu is None:
        return None
    bar = window.menuBar()
    rect = bar.actionGeometry(menu.menuAction())
    if rect.isEmpty():
        return None
    return rect.translated(bar.mapTo(window, QPoint(0, 0)))


def _first(*finders: Callable[[], QRect | None]) -> QRect | None:
    for finder in finders:
        rect = finder()
        if rect is not None:
            return rect
    return None


def _translate_target(window: Any) -> QRect | None:
    controller = getattr(window, "translation", None)
    action = getattr(controller, "translate_all_action", None)
    return _first(lambda: _toolbar_rect(window, action), lambda: _menu_rect(window, "tools"))


def _templates_target(window: Any) -> QRect | None:
    return _first(
        lambda: _widget_rect(window, getattr(window, "templates_form", None)),
        lambda: _menu_rect(window, "tools"),
    )


def _publish_target(window: Any) -> QRect | None:
    action = getattr(window, "publish_action", None)
    return _first(lambda: _toolbar_rect(window, action), lambda: _menu_rect(window, "file"))


def tour_steps() -> list[TourStep]:
    return [
        TourStep(
            "editor",
            translate("Tour", "Write the post here"),
            translate(
                "Tour",
                "Write it once, in any language. Hashtags, mentions and links are "
                "highlighted, and the counter below shows how much room the selected "
                "platform leaves.",
            ),
            lambda w: _widget_rect(w, getattr(w, "master_editor", None)),
        ),
        TourStep(
            "cards",
            translate("Tour", "Four live previews"),
            translate(
                "Tour",
                "Each card shows the post as VK, Weibo, X or Facebook will show it: counted "
                "by that platform's rules, folded where its feed folds. Edit on a card gives "
                "one platform its own text.",
            ),
            lambda w: _widget_rect(w, getattr(w, "preview_grid", None)),
        ),
        TourStep(
            "translate",
            translate("Tour", "Translate"),
            translate(
                "Tour",
                "Translate All fills every platform in its audience's language at once; a "
                "card's Translate does one. Pick the translation service in Settings.",
            ),
            _translate_target,
        ),
        TourStep(
            "templates",
            translate("Tour", "Templates"),
            translate(
                "Tour",
                "Start from a template: fill in its fields and every card follows. "
                "Tools ▸ Templates lets you write your own.",
            ),
            _templates_target,
        ),
        TourStep(
            "export",
            translate("Tour", "Export"),
            translate(
                "Tour",
                "File ▸ Export saves the final texts as files, a PDF proof for a client or "
                "a CSV for a scheduler.",
            ),
            lambda w: _menu_rect(w, "file"),
        ),
        TourStep(
            "publish",
            translate("Tour", "Publish"),
            translate(
                "Tour",
                "Publish sends the post to every platform in one click. Add your accounts "
                "first (Tools ▸ Accounts); their keys stay in your system's keyring.",
            ),
            _publish_target,
        ),
    ]


class TourCallout(QFrame):
    """One callout at a time over the window, with a ring around what it points at."""

    finished = Signal(bool)  # True: seen to the end; False: skipped

    def __init__(self, window: QMainWindow, steps: list[TourStep]) -> None:
        super().__init__(window)
        self.setObjectName("TourCallout")
        self.window_ = window
        self.steps = steps
        self.index = 0
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            f"#TourCallout {{ background: palette(base); border: 2px solid {ACCENT};"
            " border-radius: 10px; }"
        )
        self.setFixedWidth(340)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.ring = QFrame(window)
        self.ring.setObjectName("TourRing")
        self.ring.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.ring.setStyleSheet(
            f"#TourRing {{ border: 3px solid {ACCENT}; border-radius: 8px; background: transparent; }}"
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.counter = QLabel()
        self.counter.setObjectName("TourCounter")
        self.counter.setStyleSheet(f"color: {ACCENT}; font-weight: 600;")
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("Skip Tour"))
        self.skip_button.setFlat(True)
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        self.skip_button.clicked.connect(self.skip)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        window.installEventFilter(self)

    # == steps ==========================================================================
    @property
    def step(self) -> TourStep:
        return self.steps[self.index]

    def show_step(self, index: int) -> None:
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.step
        self.counter.setText(
            self.tr("Step {n} of {total}").format(n=self.index + 1, total=len(self.steps))
        )
        self.title.setText(step.title)
        self.text.setText(step.text)
        last = self.index == len(self.steps) - 1
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self.back_button.setEnabled(self.index > 0)
        self.place()
        self.show()
        self.raise_()
        self.next_button.setFocus()

    def target_rect(self) -> QRect | None:
        return self.step.target(self.window_)

    def place(self) -> None:
        """Ring the target and put the callout beside it, inside the window."""
        self.adjustSize()
        area = self.window_.rect()
        target = self.target_rect()
        if target is None:
            self.ring.hide()
            self.move(area.center() - self.rect().center())
            return
        self.ring.setGeometry(target.adjusted(-4, -4, 4, 4).intersected(area))
        self.ring.show()
        self.ring.raise_()
        size = self.size()
        candidates = [
            QPoint(target.left(), target.bottom() + MARGIN),  # below
            QPoint(target.right() + MARGIN, target.top()),  # right
            QPoint(target.left() - size.width() - MARGIN, target.top()),  # left
            QPoint(target.left(), target.top() - size.height() - MARGIN),  # above
        ]
        for point in candidates:
            if area.contains(QRect(point, size)):
                self.move(point)
                return
        # a target filling the window: sit inside it, bottom right
        inside = target.intersected(area)
        self.move(
            QPoint(
                max(area.left(), inside.right() - size.width() - 2 * MARGIN),
                max(area.top(), inside.bottom() - size.height() - 2 * MARGIN),
            )
        )

    def next(self) -> None:
        if self.index >= len(self.steps) - 1:
            self.end(completed=True)
        else:
            self.show_step(self.index + 1)

    def back(self) -> None:
        self.show_step(self.index - 1)

    def skip(self) -> None:
        self.end(completed=False)

    def end(self, *, completed: bool) -> None:
        self.window_.removeEventFilter(self)
        self.ring.hide()
        self.hide()
        self.ring.deleteLater()
        self.deleteLater()
        self.finished.emit(completed)

    # == events =========================================================================
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.skip()
            return
        super().keyPressEvent(event)


def tour_done(window: Any) -> bool:
    return bool(window.settings.value(DONE_KEY, False, type=bool))


def start_tour(window: Any) -> TourCallout:
    """Show the tour from its first step (replacing one already showing)."""
    current = getattr(window, "tour", None)
    if current is not None:
        with contextlib.suppress(RuntimeError):  # already deleted
            current.end(completed=False)
    callout = TourCallout(window, tour_steps())

    def finished(_completed: bool) -> None:
        window.settings.setValue(DONE_KEY, True)
        window.tour = None

    callout.finished.connect(finished)
    window.tour = callout
    callout.show_step(0)
    return callout


def maybe_start_tour(window: Any) -> bool:
    """At start-up: the tour on the first run only."""
    if tour_done(window):
        return False
    window.settings.setValue(DONE_KEY, True)  # seen once is enough, even if quit halfway
    start_tour(window)
    return True
