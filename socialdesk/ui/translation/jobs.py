"""One translation job: a master into one language, off the GUI thread, talking back
through signals. Loaded with the first translation (the controller only starts jobs)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

from socialdesk.translation.config import TranslationConfig
from socialdesk.translation.errors import TranslationError, describe
from socialdesk.translation.registry import BACKENDS
from socialdesk.ui.common.i18n import translate

if TYPE_CHECKING:
    from socialdesk.translation.engine import LanguageTranslation, TranslationEngine

EngineFactory = Callable[[TranslationConfig], "TranslationEngine"]


@dataclass(frozen=True)
class JobRequest:
    """Everything a job needs, copied on the GUI thread: the job never reads the draft."""

    job_id: int
    master: str
    source: str
    target: str
    translate_hashtags: bool
    config: TranslationConfig


@dataclass
class JobInfo:
    """What the controller keeps about a job it started."""

    request: JobRequest
    pids: list[str]
    signals: JobSignals
    generation: int
    # pid → the edited text the writer agreed to replace (replaced only if still the same)
    overwrite: dict[str, str] = field(default_factory=dict)
    run: int = 0  # the Translate all it belongs to (0: one card): one undo step per run


class JobSignals(QObject):
    progress = Signal(int, int, int)  # job id, segments done, segments to send
    finished = Signal(int, object)  # job id, LanguageTranslation or TranslationError


class TranslationJob(QRunnable):
    """Translate one master into one language off the GUI thread."""

    def __init__(self, request: JobRequest, make_engine: EngineFactory, signals: JobSignals):
        super().__init__()
        self.request = request
        self.make_engine = make_engine
        self.signals = signals

    def run(self) -> None:
        from socialdesk.translation.glossary import GlossaryError

        request = self.request
        outcome: LanguageTranslation | TranslationError
        try:
            engine = self.make_engine(request.config)
            plan = engine.prepare(
                request.master,
                request.source,
                request.target,
                translate_hashtags=request.translate_hashtags,
            )
            outcome = engine.complete(plan, lambda done, total: self._emit_progress(done, total))
        except TranslationError as error:
            outcome = error
        except GlossaryError as exc:
            outcome = TranslationError(
                "glossary",
                translate("TranslateWorker", "{problem}. Fix it in Tools ▸ Glossary.").format(
                    problem=exc
                ),
            )
        except Exception as exc:  # a bug still ends as a message on the card
            title = (
                BACKENDS[request.config.backend].title
                if request.config.backend in BACKENDS
                else "translation"
            )
            outcome = TranslationError(
                "unexpected", describe("unexpected", title, detail=f"{type(exc).__name__}: {exc}")
            )
        with contextlib.suppress(RuntimeError):  # the window is gone
            self.signals.finished.emit(request.job_id, outcome)

    def _emit_progress(self, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):
            self.signals.progress.emit(self.request.job_id, done, total)
