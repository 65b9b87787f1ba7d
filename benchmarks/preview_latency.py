"""Keystroke to all cards repainted, in the real editor window (offscreen).

For 1,000- and 25,000-character mixed-script drafts, types keys into the master editor
(half inside the first paragraph, which changes what every collapsed card shows, half
at the end) and times each keystroke until every visible card and the editor have
repainted: key event, text to the draft, counting on four platforms, card documents,
editor over-limit marks, then forced `repaint()` of the cards and the editor.

The 1,000-character draft is typed into once more with X posted as a thread
(`*_1000_thread`): the X card re-splits the text and redraws its parts on each key.

Also: cold start to first painted window, the app (started as `socialdesk` starts it, on
a first run: every feature, the sample draft) against a bare PySide6 QMainWindow, each in
fresh subprocesses, alternating, several runs, medians. The children keep compiled
bytecode (in a throwaway folder, not the checkout) as an installed app does, even where
the environment sets PYTHONDONTWRITEBYTECODE; one unmeasured run of each fills it.

Prints a table, then one JSON object on the last line.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/preview_latency.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="socialdesk-bench-")
_PYCACHE = tempfile.mkdtemp(prefix="socialdesk-bench-pycache-")
os.environ["SOCIALDESK_HOME"] = _HOME  # never touch the user's settings or autosaves

# (size, key suffix, X posted as a thread: the X card re-splits on every keystroke)
CASES = ((1_000, "", False), (25_000, "", False), (1_000, "_thread", True))
KEYSTROKES = {1_000: 120, 25_000: 80}
STARTUP_RUNS = 5
TYPED = "Typing one more word #tag ok "

FRAGMENTS = (
    "Aurora Coffee is open in Berlin-Mitte! ",
    "Зерно моносортов из Юньнани и Кении, обжариваем сами каждое утро. ",
    "精选云南与肯尼亚单一产区咖啡豆，每天清晨店内新鲜烘焙。",
    "☕🎉 👍🏽 👩🏻‍💻 🇩🇪 ",
    "#AuroraCoffee #кофе@aurora_coffee #柏林咖啡# ",
    "@AuroraCoffeeHQ [club123456|Aurora Coffee] ",
    "https://aurora-coffee.example/berlin?utm_source=socialdesk ",
    "\n\n📍 Torstraße 12 · 8:00–19:00\n",
)


def mixed_text(length: int) -> str:
    parts, size, i = [], 0, 0
    while size < length:
        fragment = FRAGMENTS[i % len(FRAGMENTS)]
        parts.append(fragment)
        size += len(fragment)
        i += 1
    return "".join(parts)[:length]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def measure_typing() -> dict[str, float]:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    from socialdesk.draft import Draft
    from socialdesk.ui.shell.app import create_application
    from socialdesk.ui.shell.main_window import ALL_FEATURES, MainWindow

    app = create_application()
    # every feature the app installs, so the keystroke path is the real one
    window = MainWindow(autosave_seconds=3600, features=ALL_FEATURES)
    window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    results: dict[str, float] = {}
    for size, suffix, thread in CASES:
        window.document.replace(Draft(master=mixed_text(size), twitter_thread=thread), None)
        app.processEvents()
        editor = window.master_editor
        editor.setFocus()
        cards = [c for c in window.cards.values() if not c.isHidden()]
        samples: list[float] = []
        count = KEYSTROKES[size]
        for i in range(count):
            cursor = editor.textCursor()
            if i == 0 or i == count // 2:
                if i == 0:
                    cursor.setPosition(60)  # inside the first paragraph: every card's shown text
                else:
                    cursor.movePosition(QTextCursor.MoveOperation.End)
                editor.setTextCursor(cursor)
            key = TYPED[i % len(TYPED)]
            start = time.perf_counter()
            QTest.keyClicks(editor, key)
            app.processEvents()  # anything the keystroke queued
            for card in cards:
                card.repaint()
            editor.viewport().repaint()
            samples.append((time.perf_counter() - start) * 1000)
        assert len(window.document.draft.master) == size + count
        warm = samples[3:]  # the first keys warm caches
        name = f"{size}{suffix}"
        results[f"median_ms_{name}"] = statistics.median(warm)
        results[f"p95_ms_{name}"] = percentile(warm, 0.95)
        results[f"max_ms_{name}"] = max(warm)
        parts = window.cards["twitter"].thread
        print(
            f"{size:>6} chars{' (X thread)' if thread else ''}: "
            f"median {results[f'median_ms_{name}']:.2f} ms, "
            f"p95 {results[f'p95_ms_{name}']:.2f} ms, max {results[f'max_ms_{name}']:.2f} ms "
            f"({len(warm)} keystrokes, {len(cards)} cards"
            + (f", {len(parts.parts)} parts)" if parts is not None else ")")
        )
    window.close()
    return results


# The app as `socialdesk` starts it (run_app: first run, so the sample draft); the first
# paint of its window ends the run.
_APP_CHILD = """
import sys
from PySide6.QtCore import QEvent, QObject
from socialdesk.ui.shell import main_window
from socialdesk.ui.shell.app import create_application, run_app

app = create_application()

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            sys.stdout.write("painted\\n")
            sys.stdout.flush()
            obj.ask_save_changes = lambda: "discard"
            app.exit(0)
        return False

spy = FirstPaint()
_show = main_window.MainWindow.show

def show(window):
    window.installEventFilter(spy)
    _show(window)

main_window.MainWindow.show = show
run_app([])
"""

_BARE_CHILD = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
"""

# The bare window after importing the app's modules: how much of the start is imports.
_IMPORTS_CHILD = "import socialdesk.ui.shell.main_window, socialdesk.ui.shell.app\n" + _BARE_CHILD

_SHOW = """
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            sys.stdout.write("painted\\n")
            sys.stdout.flush()
            app.exit(0)
        return False
spy = FirstPaint()
window.installEventFilter(spy)
window.resize(1440, 900)
window.show()
app.exec()
"""


def cold_start(code: str, show: bool = True) -> float:
    env = dict(os.environ)
    env["SOCIALDESK_HOME"] = tempfile.mkdtemp(prefix="socialdesk-bench-start-")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = _PYCACHE
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code + (_SHOW if show else "")],
        stdout=subprocess.PIPE,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    proc.wait(timeout=60)
    if line.strip() != "painted":
        raise RuntimeError(f"child did not paint (exit {proc.returncode})")
    return elapsed


def measure_startup() -> dict[str, float]:
    app_times, bare_times, import_times = [], [], []
    cold_start(_BARE_CHILD), cold_start(_APP_CHILD, show=False), cold_start(_IMPORTS_CHILD)
    for _ in range(STARTUP_RUNS):
        bare_times.append(cold_start(_BARE_CHILD))
        app_times.append(cold_start(_APP_CHILD, show=False))
        import_times.append(cold_start(_IMPORTS_CHILD))
    app_ms, bare_ms = statistics.median(app_times), statistics.median(bare_times)
    imports_ms = statistics.median(import_times)
    print(
        f"cold start to first paint: app {app_ms:.0f} ms, bare QMainWindow {bare_ms:.0f} ms, "
        f"bare window after importing the app's modules {imports_ms:.0f} ms "
        f"(medians of {STARTUP_RUNS})"
    )
    return {
        "startup_ms_app": app_ms,
        "startup_ms_bare": bare_ms,
        "startup_ms_bare_plus_imports": imports_ms,
        "startup_ratio": app_ms / bare_ms,
    }


def main() -> None:
    results = measure_typing()
    results.update(measure_startup())
    print(json.dumps({key: round(value, 3) for key, value in results.items()}))


if __name__ == "__main__":
    main()
