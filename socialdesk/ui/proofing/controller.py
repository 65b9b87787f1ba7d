"""Proofing in the window: a spell binding and a findings bar for the master editor and
each variant editor, in that text's language; Tools ▸ Proofing; and the cards' ⋯ menu
entries that convert a platform's text between Chinese scripts."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup, QTextCursor

from socialdesk.proofing.checks import ProofingOptions, load_options, save_options
from socialdesk.proofing.spelling import SpellChecker
from socialdesk.translation.languages import primary
from socialdesk.ui.common.core_texts import language_label
from socialdesk.ui.common.widgets import check_quietly
from socialdesk.ui.editor.draft_editor import DraftEditor
from socialdesk.ui.proofing.findings_bar import FindingsBar
from socialdesk.ui.proofing.spell_binding import SpellBinding

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
MASTER = ""  # the key of the master editor among the bindings


class ProofingController(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.checker = SpellChecker()
        self.options = load_options(window.app_settings)
        self.started = False  # nothing is checked before the window's first paint
        self.bindings: dict[str, SpellBinding] = {}
        self.bars: dict[str, FindingsBar] = {}
        self._attach(MASTER, window.master_pane.editor, window.master_pane)
        self._build_menu()
        self._build_card_actions()
        self._han_timer = QTimer(self)
        self._han_timer.setSingleShot(True)
        self._han_timer.setInterval(300)
        self._han_timer.timeout.connect(self._show_card_actions)
        self.document.changed.connect(self._han_timer.start)
        self.document.changed.connect(self.update_languages)
        window.editor_tabs.currentChanged.connect(self._attach_panels)
        window.after_first_paint(self.start)

    def start(self) -> None:
        self.started = True
        self._attach_panels()
        self.update_languages()
        self._show_card_actions()

    # -- editors --------------------------------------------------------------------------
    def _attach(self, key: str, editor: DraftEditor, pane: Any) -> None:
        binding = SpellBinding(editor, self.checker)
        binding.set_enabled(self.options.spelling)
        binding.notice.connect(self._no_dictionary)
        binding.words_changed.connect(self._words_changed)
        binding.problem.connect(self._word_not_saved)
        bar = FindingsBar(editor)
        bar.options = self.options
        pane.add_below_editor(bar)
        self.bindings[key], self.bars[key] = binding, bar

    def _attach_panels(self) -> None:
        panels = self.window.editor_tabs.panels
        for pid, panel in panels.items():
            if pid not in self.bindings or self.bindings[pid].editor is not panel.editor:
                self._attach(pid, panel.editor, panel)
        for pid in [p for p in self.bindings if p != MASTER and p not in panels]:
            del self.bindings[pid], self.bars[pid]  # the tab was closed
        self.update_languages()

    def language_of(self, key: str) -> str:
        """The language of the text in an editor: the master's for an inheriting variant."""
        draft = self.document.draft
        if key == MASTER or draft.variants[key].inherits:
            return str(draft.source_language)
        return str(draft.variants[key].language or draft.source_language)

    def update_languages(self) -> None:
        if not self.started:
            return
        for key, binding in self.bindings.items():
            language = self.language_of(key)
            binding.set_language(language)
            self.bars[key].set_language(language)

    def _no_dictionary(self, language: str) -> None:
        self.window.statusBar().showMessage(
            self.tr(
                "No spelling dictionary for {language} is installed, so its spelling is not checked."
            ).format(language=language_label(language)),
            15_000,
        )

    def _words_changed(self, language: str) -> None:
        for binding in self.bindings.values():
            if primary(binding.language) == primary(language):
                binding.refresh()

    def _word_not_saved(self, reason: str) -> None:
        self.window.show_error(self.tr("Add to Dictionary"), reason)

    # -- Tools ▸ Proofing -----------------------------------------------------------------
    def _build_menu(self) -> None:
        menu = self.window.menus["tools"].addMenu(self.tr("&Proofing"))
        self.menu = menu
        self.spelling_action = self._toggle(
            menu, self.tr("Check &Spelling as You Type"), "spelling", top=True
        )
        self.typography_action = self._toggle(
            menu, self.tr("Check &Typography"), "typography", top=True
        )
        menu.addSeparator()
        self._toggle(menu, self.tr("Chinese: Full-Width Punctuation"), "zh_fullwidth_punctuation")
        self._choice(
            menu.addMenu(self.tr("Chinese: Space Next to Latin Letters and Digits")),
            "zh_latin_spacing",
            [
                ("space", self.tr("Add a Space")),
                ("none", self.tr("No Space")),
                ("off", self.tr("Don't Check")),
            ],
        )
        self._toggle(menu, self.tr("Russian: «Ёлочки» Quotes"), "ru_quotes")
        self._toggle(menu, self.tr("Russian: Em Dashes"), "ru_dashes")
        self._choice(
            menu.addMenu(self.tr("English: Quotes")),
            "en_quotes",
            [
                ("curly", self.tr("Curly “ ” ’")),
                ("straight", self.tr("Straight \" '")),
                ("off", self.tr("Don't Check")),
            ],
        )

    def _toggle(self, menu: Any, text: str, name: str, *, top: bool = False) -> QAction:
        action = menu.addAction(text)
        action.setCheckable(True)
        owner = self.options if top else self.options.rules
        check_quietly(action, bool(getattr(owner, name)))
        action.toggled.connect(partial(self._set_option, name, top))
        return action

    def _choice(self, menu: Any, name: str, choices: list[tuple[str, str]]) -> None:
        group = QActionGroup(menu)
        for value, text in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setActionGroup(group)
            check_quietly(action, getattr(self.options.rules, name) == value)
            action.triggered.connect(lambda _=False, v=value: self._set_option(name, False, v))

    def _set_option(self, name: str, top: bool, value: object) -> None:
        if top:
            self.set_options(replace(self.options, **{name: value}))
        else:
            rules = replace(self.options.rules, **{name: value})
            self.set_options(replace(self.options, rules=rules))

    def set_options(self, options: ProofingOptions) -> None:
        self.options = options
        save_options(self.window.app_settings, options)
        for binding in self.bindings.values():
            binding.set_enabled(options.spelling)
        for bar in self.bars.values():
            bar.set_options(options)

    # -- Chinese script of a platform's text ---------------------------------------------
    def _build_card_actions(self) -> None:
        self.convert_actions: dict[str, list[QAction]] = {}
        for pid, card in self.window.cards.items():
            actions = []
            for target, text in (
                ("zh-TW", self.tr("Convert to Traditional Chinese (Taiwan)")),
                ("zh-HK", self.tr("Convert to Traditional Chinese (Hong Kong)")),
                ("zh-CN", self.tr("Convert to Simplified Chinese")),
            ):
                action = QAction(text, card)
                action.triggered.connect(partial(self.convert_platform, pid, target))
                action.setVisible(False)
                card.add_action(action, in_menu=True)
                actions.append(action)
            self.convert_actions[pid] = actions

    def _show_card_actions(self) -> None:
        draft = self.document.draft
        for pid, actions in self.convert_actions.items():
            has_chinese = _HAN.search(draft.text_for(pid)) is not None
            for action in actions:
                action.setVisible(has_chinese)

    @staticmethod
    def _name(pid: str) -> str:
        from socialdesk.platforms import get_platform

        return get_platform(pid).name

    def convert_platform(self, pid: str, target: str) -> None:
        """Convert `pid`'s text in its editor (Edit ▸ Undo takes it back) and set its
        language to `target`; the master and the other platforms stay as they are."""
        from socialdesk.proofing.chinese import convert  # OpenCC loads on first use

        draft = self.document.draft
        source = self.language_of(pid)
        panel = self.window.open_variant_editor(pid)
        text = panel.editor.text()
        converted = convert(text, target, source)  # type: ignore[arg-type]
        # the text and its language change together: one step for Edit ▸ Undo
        with self.document.step_group(self.tr("Convert {name}").format(name=self._name(pid))):
            if converted != text:
                cursor = QTextCursor(panel.editor.document())
                cursor.beginEditBlock()
                cursor.select(QTextCursor.SelectionType.Document)
                cursor.insertText(converted)
                cursor.endEditBlock()
            elif draft.variants[pid].inherits:
                self.document.set_variant_text(pid, converted)
            self.document.set_variant_language(pid, target)
        self._attach_panels()
