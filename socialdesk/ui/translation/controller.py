"""Translation in the editor window.

Each card gets a Translate / Re-translate / Retry button and a Language menu; the
toolbar gets "Translate all" (Ctrl+Shift+T); Tools gets the glossary and settings.
Work runs on a thread pool, one job per language (the keyring, the glossary file, the
memory and the network are all touched there, never on the GUI thread); jobs talk back
only through signals. A result is applied through the `DraftDocument` unless the master
changed meanwhile (stale: discarded) or the writer edited that card (kept unless they
agreed to replace it); a failure shows on the card with Retry and changes nothing.

Installing costs actions only: the jobs (`jobs.py`), the engine, its memory, the
glossary, the settings and the service clients import when the first translation
starts; the buttons' tooltips, which name the service, are written after the first
paint.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.translation import languages
from socialdesk.translation.errors import TranslationError
from socialdesk.translation.languages import is_same_language, target_language
from socialdesk.ui.common.core_texts import core_text, language_label

if TYPE_CHECKING:
    from socialdesk.translation.apply import ApplyOutcome
    from socialdesk.translation.config import TranslationConfig
    from socialdesk.translation.engine import LanguageTranslation, TranslationEngine
    from socialdesk.translation.memory import TranslationMemory
    from socialdesk.ui.translation.jobs import EngineFactory, JobInfo

RUN_SECONDS = 600.0  # cards of one Translate all arriving this late still join its step


class TranslationController(QObject):
    """Owns the translation actions of one main window and the jobs they start."""

    job_started = Signal(str)  # platform id
    result_shown = Signal(str, str)  # platform id, status ("translated", "failed", "stale"…)

    def __init__(self, window: QWidget, make_engine: EngineFactory | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document  # type: ignore[attr-defined]
        self.cards = window.cards  # type: ignore[attr-defined]
        self.make_engine: EngineFactory = make_engine or self._default_engine
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(len(PLATFORM_IDS))
        self.cancel = threading.Event()
        self._memory: TranslationMemory | None = None
        self._memory_lock = threading.Lock()
        self._next_id = 0
        self._runs = 0  # Translate all runs so far
        self._generation = 0  # bumps when another draft is opened
        self._jobs: dict[int, JobInfo] = {}
        self._latest: dict[str, int] = {}  # pid → its newest job: older results are ignored
        self._failed: set[str] = set()
        self._closed = False
        self.card_actions: dict[str, QAction] = {}
        # made as a card's Translate into menu first opens: `language_actions_for`
        self.language_actions: dict[str, dict[str, QAction]] = {}
        self._language_menus: dict[str, QMenu] = {}
        self._build_card_actions()
        self._build_window_actions()
        self.document.variant_changed.connect(self._refresh_action)
        self.document.draft_replaced.connect(self._on_draft_replaced)
        self._painted = False  # the buttons' words now, their tooltips after the paint
        self._refresh_all()
        window.after_first_paint(self._tooltips_too)  # type: ignore[attr-defined]

    def _tooltips_too(self) -> None:
        self._painted = True
        self._refresh_all()

    # == building =======================================================================
    def _build_card_actions(self) -> None:
        for pid, card in self.cards.items():
            act = QAction(self.tr("Translate"), card)
            act.setObjectName(f"translate_{pid}")
            act.triggered.connect(lambda _=False, pid=pid: self.translate([pid]))
            card.add_action(act)
            self.card_actions[pid] = act

            menu = QMenu(self.tr("Language"), card)
            # its entries are made as it first opens: ~80 actions the first paint never shows
            menu.aboutToShow.connect(lambda pid=pid: self.language_actions_for(pid))
            self._language_menus[pid] = menu
            language_action = menu.menuAction()
            language_action.setText(self.tr("Translate into"))
            card.add_action(language_action, in_menu=True)

    def language_actions_for(self, pid: str) -> dict[str, QAction]:
        """The entries of `pid`'s Translate into menu, one per language, the card's checked."""
        actions = self.language_actions.get(pid)
        if actions is None:
            menu = self._language_menus[pid]
            group = QActionGroup(menu)
            actions = self.language_actions[pid] = {}
            for code in languages.NAMES:
                if code == languages.AUTO:
                    continue
                item = QAction(language_label(code), menu, checkable=True)
                item.triggered.connect(
                    lambda _=False, pid=pid, code=code: self.set_language(pid, code)
                )
                group.addAction(item)
                menu.addAction(item)
                actions[code] = item
            self._refresh_action(pid)
        return actions

    def _build_window_actions(self) -> None:
        window = self.window
        self.translate_all_action = QAction(self.tr("Translate all"), window)
        self.translate_all_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.translate_all_action.setStatusTip(
            self.tr("Translate the master into every platform's language")
        )
        self.translate_all_action.triggered.connect(lambda: self.translate(None))
        self.glossary_action = QAction(self.tr("&Glossary…"), window)
        self.glossary_action.triggered.connect(self.open_glossary)
        self.settings_action = QAction(self.tr("&Translation settings…"), window)
        self.settings_action.triggered.connect(self.open_settings)
        window.toolbar.addAction(self.translate_all_action)  # type: ignore[attr-defined]
        tools = window.menus["tools"]  # type: ignore[attr-defined]
        tools.addSeparator()
        tools.addAction(self.translate_all_action)
        tools.addAction(self.glossary_action)
        tools.addAction(self.settings_action)

    # == starting work ==================================================================
    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def config(self) -> TranslationConfig:
        from socialdesk.translation.config import TranslationConfig

        return TranslationConfig.from_settings(self.window.app_settings)  # type: ignore[attr-defined]

    def translate(self, pids: list[str] | None = None) -> None:
        """Translate `pids` (default: every enabled platform), one job per language."""
        if self._closed:
            return
        draft = self.document.draft
        targets = [p for p in (pids if pids is not None else draft.enabled_platforms())]
        if not draft.master.strip():
            for pid in targets:
                self.cards[pid].set_notice(
                    self.tr("Write the post first, then translate it."), "info"
                )
            return
        source = languages.normalize(draft.source_language) or languages.AUTO
        to_translate: list[str] = []
        for pid in targets:
            if is_same_language(source, target_language(draft, pid)):
                self._show_same_language(pid)
            else:
                to_translate.append(pid)
        overwrite = self._ask_about_edits(to_translate)
        run = 0
        if pids is None and to_translate:
            self.document.checkpoint.emit("translate", "")  # the texts it replaces
            self._runs += 1
            run = self._runs
        to_translate = [
            p for p in to_translate if p in overwrite or draft.variants[p].origin != "edited"
        ]
        by_language: dict[str, list[str]] = {}
        for pid in to_translate:
            by_language.setdefault(target_language(draft, pid), []).append(pid)
        config = self.config()
        for language, group in by_language.items():
            self._start(language, group, source, config, overwrite, run)

    def retry(self, pid: str) -> None:
        self.translate([pid])

    def _ask_about_edits(self, pids: list[str]) -> dict[str, str]:
        draft = self.document.draft
        edited = [
            p for p in pids if draft.variants[p].origin == "edited" and draft.variants[p].text
        ]
        if not edited:
            return {}
        if self.ask_overwrite_edited(edited):
            return {p: draft.variants[p].text or "" for p in edited}
        for pid in edited:
            self.cards[pid].set_notice(
                self.tr("Kept your edited text. Translate this card again to replace it."), "info"
            )
            self.result_shown.emit(pid, "kept_edited")
        return {}

    def _start(
        self,
        language: str,
        pids: list[str],
        source: str,
        config: TranslationConfig,
        overwrite: dict[str, str],
        run: int = 0,
    ) -> None:
        from socialdesk.ui.translation.jobs import JobInfo, JobRequest, JobSignals, TranslationJob

        draft = self.document.draft
        self._next_id += 1
        request = JobRequest(
            job_id=self._next_id,
            master=draft.master,
            source=source,
            target=language,
            translate_hashtags=draft.translate_hashtags,
            config=replace(config, urls=dict(config.urls), ids=dict(config.ids)),
        )
        signals = JobSignals(self)
        signals.progress.connect(self._on_progress)
        signals.finished.connect(self._on_finished)
        self._jobs[request.job_id] = JobInfo(
            request,
            pids,
            signals,
            self._generation,
            {p: t for p, t in overwrite.items() if p in pids},
            run,
        )
        for pid in pids:
            self._latest[pid] = request.job_id
            self._failed.discard(pid)
            card = self.cards[pid]
            card.set_busy(True)
            card.set_notice(
                self.tr("Translating into {language}…").format(language=language_label(language)),
                "info",
            )
            self.job_started.emit(pid)
        self.pool.start(TranslationJob(request, self.make_engine, signals))

    def _default_engine(self, config: TranslationConfig) -> TranslationEngine:
        # Runs on the job's thread: keyring, glossary file and memory stay off the GUI.
        from socialdesk.translation.engine import TranslationEngine
        from socialdesk.translation.glossary import Glossary
        from socialdesk.translation.memory import TranslationMemory
        from socialdesk.translation.registry import create_translator

        translator = create_translator(config, cancel=self.cancel)
        glossary = Glossary.load()
        with self._memory_lock:
            if self._memory is None:
                self._memory = TranslationMemory()
            memory = self._memory
        return TranslationEngine(translator, glossary, memory)

    # == results ========================================================================
    def _current_pids(self, job_id: int) -> list[str]:
        info = self._jobs.get(job_id)
        if info is None or info.generation != self._generation:
            return []
        return [p for p in info.pids if self._latest.get(p) == job_id]

    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        info = self._jobs.get(job_id)
        if info is None or not total:
            return
        name = language_label(info.request.target)
        for pid in self._current_pids(job_id):
            self.cards[pid].set_notice(
                self.tr("Translating into {name}… {done} of {total} sentences").format(
                    name=name, done=done, total=total
                ),
                "info",
            )

    def _on_finished(self, job_id: int, outcome: object) -> None:
        from socialdesk.translation.engine import LanguageTranslation

        pids = self._current_pids(job_id)
        info = self._jobs.pop(job_id, None)
        if info is None:
            return
        info.signals.deleteLater()
        for pid in pids:
            del self._latest[pid]
            self.cards[pid].set_busy(False)
            if isinstance(outcome, TranslationError):
                self._show_failure(pid, outcome)
            elif isinstance(outcome, LanguageTranslation):
                self._apply(pid, outcome, info)

    def _apply(self, pid: str, translation: LanguageTranslation, info: JobInfo) -> None:
        from socialdesk.translation.apply import decide
        from socialdesk.translation.fanout import PlatformResult

        draft = self.document.draft
        result = PlatformResult(
            pid,
            info.request.target,
            translation.fingerprint,
            text=translation.text_for(pid),
            translation=translation,
        )
        agreed = info.overwrite.get(pid)
        overwrite = agreed is not None and draft.variants[pid].text == agreed
        outcome = decide(draft, result, glossary=translation.glossary, overwrite_edited=overwrite)
        if outcome.status == "translated" and outcome.text is not None:
            text = outcome.text
            if info.run:  # every card of one Translate all: one step, however late it comes
                self.document.edit(
                    lambda d: d.set_variant_text(pid, text, "translated"),
                    variants=[pid],
                    name=self.tr("Translate all"),
                    merge_key=f"translate-all:{info.run}",
                    size=1,
                    window=RUN_SECONDS,
                )
            else:
                self.document.set_variant_text(pid, text, origin="translated")
        self._show_outcome(pid, outcome, translation)

    def _show_outcome(
        self, pid: str, outcome: ApplyOutcome, translation: LanguageTranslation
    ) -> None:
        card = self.cards[pid]
        name = language_label(translation.target)
        if outcome.status == "stale":
            card.set_notice(
                self.tr(
                    "The post changed while translating, so that translation was dropped. "
                    "Press Re-translate."
                ),
                "warning",
            )
        elif outcome.status == "kept_edited":
            card.set_notice(
                self.tr("Kept your edited text; the new translation was not applied."), "info"
            )
        elif outcome.issues:
            card.set_notice(
                self.tr("Check the translation:")
                + " "
                + " ".join(i.message for i in outcome.issues),
                "warning",
            )
        else:
            remembered = translation.remembered
            note = (
                self.tr(" ({count} from memory)").format(count=remembered)
                if remembered and translation.sent
                else ""
            )
            card.set_notice(
                self.tr("Translated into {name}{note}.").format(name=name, note=note), "info"
            )
        self._refresh_action(pid)
        self.result_shown.emit(pid, outcome.status)

    def _show_failure(self, pid: str, error: TranslationError) -> None:
        if error.kind == "cancelled":
            return
        self._failed.add(pid)
        self.cards[pid].set_notice(error.message, "error")
        self._refresh_action(pid)
        self.result_shown.emit(pid, "failed")

    def _show_same_language(self, pid: str) -> None:
        draft = self.document.draft
        variant = draft.variants[pid]
        name = language_label(target_language(draft, pid))
        if variant.origin == "translated":
            self.document.revert_variant(pid)
            text = self.tr("Written in {name}, like the master: back to the master text.").format(
                name=name
            )
        else:
            text = self.tr("Written in {name}, like the master: nothing to translate.").format(
                name=name
            )
        self.cards[pid].set_notice(text, "info")
        self.result_shown.emit(pid, "same_language")

    # == card state =====================================================================
    def set_language(self, pid: str, code: str) -> None:
        self.document.set_variant_language(pid, code)

    def _refresh_action(self, pid: str) -> None:
        if pid not in self.card_actions:
            return
        draft = self.document.draft
        variant = draft.variants[pid]
        act = self.card_actions[pid]
        if pid in self._failed:
            act.setText(self.tr("Retry"))
        elif variant.origin == "translated" and variant.text is not None:
            act.setText(self.tr("Re-translate"))
        else:
            act.setText(self.tr("Translate"))
        language = target_language(draft, pid)
        for code, item in self.language_actions.get(pid, {}).items():
            item.setChecked(code == language)
        if self._painted:  # the tooltip reads the settings and names the service
            act.setToolTip(self._tooltip(language))

    def _tooltip(self, language: str) -> str:
        from socialdesk.translation.registry import BACKENDS

        service = BACKENDS.get(self.config().backend)
        into = self.tr("Translate the master into {language}").format(
            language=language_label(language)
        )
        if service is None:
            return into
        return into + self.tr(" with {service}").format(service=core_text(service.title))

    def _refresh_all(self) -> None:
        for pid in self.card_actions:
            self._refresh_action(pid)

    def _on_draft_replaced(self) -> None:
        self._generation += 1  # results for the previous draft are dropped on arrival
        for pid in list(self._latest):
            self.cards[pid].set_busy(False)
        self._latest.clear()
        self._failed.clear()
        for card in self.cards.values():
            card.set_notice("")
        self._refresh_all()

    # == dialogs ========================================================================
    def ask_overwrite_edited(self, pids: list[str]) -> bool:
        """Ask before replacing text the writer edited (tests replace this seam)."""
        # imported here: PySide makes the class (and its enum types) when its name is
        # first read, and this controller is installed before the first paint
        from PySide6.QtWidgets import QMessageBox

        names = ", ".join(get_platform(p).name for p in pids)
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Replace your edits?"))
        box.setText(
            self.tr("You edited the text for {names}. Replace it with a new translation?").format(
                names=names
            )
        )
        keep = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.RejectRole)
        replace = box.addButton(self.tr("Replace them"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is replace

    def open_glossary(self) -> None:
        from socialdesk.ui.translation.glossary_dialog import GlossaryDialog

        dialog = GlossaryDialog(self.window, self._draft_languages())
        self.glossary_dialog = dialog
        dialog.open()

    def open_settings(self) -> None:
        from socialdesk.ui.translation.settings_page import TranslationSettingsDialog

        dialog = TranslationSettingsDialog(
            self.window.app_settings,  # type: ignore[attr-defined]
            self.document,
            self.window,
        )
        dialog.accepted.connect(self._refresh_all)
        self.settings_dialog = dialog
        dialog.open()

    def _draft_languages(self) -> list[str]:
        draft = self.document.draft
        return list(dict.fromkeys(target_language(draft, p) for p in PLATFORM_IDS))

    # == shutting down ==================================================================
    def shutdown(self) -> None:
        """Stop waiting for services and let the jobs end; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self.cancel.set()  # a job waiting on a silent server gives up within 50 ms
        self.pool.clear()
        self.pool.waitForDone(5000)
        with self._memory_lock:
            if self._memory is not None:
                self._memory.close()
                self._memory = None
