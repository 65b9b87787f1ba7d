"""Loading the interface translations: ours (`resources/i18n/socialdesk_LANG.qm`,
compiled from the `.ts` sources by `make i18n`) and Qt's own (standard buttons such as
OK and Cancel, from Qt's `qtbase_LANG.qm`).

A source checkout without compiled `.qm` files compiles them on first use when
`pyside6-lrelease` is there; otherwise the interface stays in English.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from socialdesk.interface_language import SOURCE_LANGUAGE, effective_language
from socialdesk.resources import resource_path

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE
_default_locale: list[QLocale] = []  # the locale before any translation changed it


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface language. `pyside6-lupdate` collects every
    `translate("Context", "literal")` call into the .ts files (`make i18n-update`)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def english_plural(text: str, n: int) -> str:
    """English for a `tr("%n file(s)", "", n)` that no translation replaced: the source
    text is the English, with "(s)" settled by `n` (no English .qm needed)."""
    return text.replace("(s)", "" if n == 1 else "s")


def ts_path(language: str) -> Path:
    return resource_path("i18n", f"socialdesk_{language}.ts")


def qm_path(language: str) -> Path:
    return resource_path("i18n", f"socialdesk_{language}.qm")


def lrelease() -> str | None:
    """The `pyside6-lrelease` beside this Python (venv) or on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    return shutil.which("pyside6-lrelease")


def ensure_compiled(language: str) -> Path | None:
    """The `.qm` for `language`, compiled from its `.ts` if missing or older."""
    qm, ts = qm_path(language), ts_path(language)
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    tool = lrelease()
    if ts.exists() and tool is not None:
        import subprocess  # rarely needed: not imported at every start

        result = subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, check=False
        )
        if result.returncode == 0 and qm.exists():
            return qm
    return qm if qm.exists() else None


def current_language() -> str:
    return _current


def system_preferences() -> list[str]:
    return [*QLocale.system().uiLanguages(), QLocale.system().name()]


def install_translators(language: str | None = None) -> str:
    """Switch the application's translations to `language` (default: the effective
    choice); returns the language now in use ("en" when no translation loads)."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    wanted = language or effective_language(system_preferences())
    _current = SOURCE_LANGUAGE
    if not _default_locale:
        _default_locale.append(QLocale())
    QLocale.setDefault(_default_locale[0])
    if wanted == SOURCE_LANGUAGE:
        return _current
    qm = ensure_compiled(wanted)
    ours = QTranslator(app)
    if qm is None or not ours.load(str(qm)):
        return _current
    app.installTranslator(ours)
    _installed.append(ours)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{wanted}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(QLocale(wanted))
    _current = wanted
    return _current
