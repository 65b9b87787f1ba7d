"""What the writer feels: start-up of the real command, and keystroke to paint.

Start-up, as whole processes: the `socialdesk` command (the venv's console script, this
checkout's code; a first run, so the sample draft; `SOCIALDESK_SMOKE_TEST=paint` makes it
print once its window has painted and quit) and, where `dist/` holds a build, the frozen
executable, against a bare PySide6 QMainWindow painting once. Alternated in one run,
several rounds, medians; `startup_ratio` is the command's, `startup_ratio_frozen` the
build's. The children keep compiled bytecode (in a throwaway folder, not the checkout)
as an installed app does; one unmeasured round fills it. `rss_mb_start` is the command's
resident memory when it has painted.

Keystroke to paint, in the real window (every feature, offscreen): for 1,000- and
25,000-character mixed-script drafts and a 2,000-character Chinese draft without spaces
with four links, types keys (half inside the first paragraph, which changes what every
collapsed card shows, half at the end) and times each from the key event until the event
loop has painted everything it causes and gone quiet: nothing is repainted by force. The
caret does not blink meanwhile: its paints every 500 ms are not the keystroke's.
`rss_mb_after_typing`: the window's process after 1,000 more keystrokes.
The 1,000-character draft is typed into once more with X posted as a thread
(`*_1000_thread`): the X card re-splits the text and redraws its parts on each key.

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

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from counting import zh_text  # noqa: E402  (the same Chinese-with-links text)

KEYSTROKES = {"1000": 120, "25000": 80, "zh_2000": 120, "1000_thread": 120}
TYPING_KEYSTROKES = 1_000  # for the memory figure
STARTUP_RUNS = 7
TYPED = "Typing one more word #tag ok "
TYPED_ZH = "再来一杯手冲咖啡好吗"
# The event loop is quiet once nothing has been painted for this long after a keystroke.
QUIET_MS = 25

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


def rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


# -- keystroke to paint ------------------------------------------------------------------
def measure_typing() -> dict[str, float]:
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    from socialdesk.draft import Draft
    from socialdesk.ui.shell.app import create_application
    from socialdesk.ui.shell.main_window import ALL_FEATURES, MainWindow

    class Paints(QObject):
        """Counts paint events anywhere in the application."""

        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    app = create_application()
    assert isinstance(app, QApplication)
    # The caret blinks every 500 ms whatever the writer does; a blink inside a keystroke's
    # quiet wait would count as that keystroke's last paint (one keystroke in fourteen,
    # which is all of the p95). Measured, the caret stays on, as with blinking turned off.
    app.setCursorFlashTime(0)
    # every feature the app installs, so the keystroke path is the real one
    window = MainWindow(autosave_seconds=3600, features=ALL_FEATURES)
    window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    window.resize(1440, 900)
    window.show()
    paints = Paints()
    app.installEventFilter(paints)

    def settle() -> tuple[float, float]:
        """Run the event loop until it has been quiet for QUIET_MS; when it last painted
        (wall clock, and this process's CPU time: the machine may be busy with others)."""
        last, last_cpu = time.perf_counter(), time.process_time()
        while (time.perf_counter() - last) * 1000 < QUIET_MS:
            before = paints.count
            app.processEvents()
            if paints.count != before:
                last, last_cpu = time.perf_counter(), time.process_time()
        return last, last_cpu

    settle()
    NO_MODIFIER = Qt.KeyboardModifier.NoModifier
    editor = window.master_editor
    editor.setFocus()

    def type_keys(
        text: str, count: int, typed: str, thread: bool = False
    ) -> tuple[list[float], list[float]]:
        window.document.replace(Draft(master=text, twitter_thread=thread), None)
        settle()
        samples, cpu_samples = [], []
        for i in range(count):
            if i in (0, count // 2):
                cursor = editor.textCursor()
                if i == 0:
                    cursor.setPosition(60)  # the first paragraph: every card's shown text
                else:
                    cursor.movePosition(QTextCursor.MoveOperation.End)
                editor.setTextCursor(cursor)
                settle()
            key = typed[i % len(typed)]
            start, start_cpu = time.perf_counter(), time.process_time()
            # the key as a keyboard (or an input method, for Chinese) delivers it
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                app.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_unknown, NO_MODIFIER, key))
            painted, painted_cpu = settle()
            samples.append((painted - start) * 1000)
            cpu_samples.append((painted_cpu - start_cpu) * 1000)
        assert len(window.document.draft.master) == len(text) + count
        return samples[3:], cpu_samples[3:]  # the first keys warm caches

    results: dict[str, float] = {}
    drafts = {"1000": mixed_text(1_000), "25000": mixed_text(25_000), "zh_2000": zh_text(2_000)}
    drafts["1000_thread"] = drafts["1000"]  # X posted as a thread: re-split on every key
    for name, text in drafts.items():
        typed = TYPED_ZH if name.startswith("zh") else TYPED
        warm, cpu = type_keys(text, KEYSTROKES[name], typed, thread=name.endswith("_thread"))
        results[f"median_ms_{name}"] = statistics.median(warm)
        results[f"cpu_median_ms_{name}"] = statistics.median(cpu)
        results[f"cpu_p95_ms_{name}"] = percentile(cpu, 0.95)
        results[f"p95_ms_{name}"] = percentile(warm, 0.95)
        results[f"max_ms_{name}"] = max(warm)
        print(
            f"{name:>8}: median {results[f'median_ms_{name}']:.2f} ms, "
            f"p95 {results[f'p95_ms_{name}']:.2f} ms, max {results[f'max_ms_{name}']:.2f} ms "
            f"(CPU: median {results[f'cpu_median_ms_{name}']:.2f}, "
            f"p95 {results[f'cpu_p95_ms_{name}']:.2f}; {len(warm)} keystrokes to paint)"
        )
    before = rss_mb()
    type_keys(mixed_text(1_000), TYPING_KEYSTROKES, TYPED)
    results["rss_mb_before_typing"] = before
    results["rss_mb_after_typing"] = rss_mb()
    print(
        f"window's memory: {before:.0f} MB, after {TYPING_KEYSTROKES} more keystrokes "
        f"{results['rss_mb_after_typing']:.0f} MB"
    )
    window.close()
    return results


# -- start-up ----------------------------------------------------------------------------
_BARE_CHILD = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, painted)
        return False

def painted():
    print("socialdesk-smoke: painted", flush=True)
    app.exit(0)

spy = FirstPaint()
window.installEventFilter(spy)
window.resize(1440, 900)
window.show()
app.exec()
"""


def _command() -> list[str]:
    script = Path(sys.executable).with_name("socialdesk")
    if not script.exists():
        raise RuntimeError(f"no `socialdesk` command beside {sys.executable}: pip install -e .")
    return [str(script)]


def _frozen() -> list[str] | None:
    for name in ("SocialDesk", "SocialDesk.exe", "socialdesk"):
        executable = REPO / "dist" / "SocialDesk" / name
        if executable.is_file():
            return [str(executable)]
    return None


def cold_start(argv: list[str]) -> tuple[float, float, float]:
    """(ms until the child says it has painted, its RSS then in MB, the CPU ms it used in
    all: the machine may be busy with others)."""
    env = dict(os.environ)
    env["SOCIALDESK_HOME"] = tempfile.mkdtemp(prefix="socialdesk-bench-start-")
    env["SOCIALDESK_SMOKE_TEST"] = "paint"
    env["PYTHONPATH"] = str(REPO)  # this checkout's code behind the venv's command
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = _PYCACHE
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, env=env, cwd=REPO, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    try:
        memory = rss_mb(proc.pid)
    except (OSError, RuntimeError):
        memory = float("nan")
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if line.strip() != "socialdesk-smoke: painted":
        raise RuntimeError(f"{argv[0]} did not paint (exit {proc.returncode}): {line!r}")
    return elapsed, memory, (usage.ru_utime + usage.ru_stime) * 1000


def measure_startup() -> dict[str, float]:
    children = {"bare": [sys.executable, "-c", _BARE_CHILD], "command": _command()}
    frozen = _frozen()
    if frozen is not None:
        children["frozen"] = frozen
    times: dict[str, list[float]] = {name: [] for name in children}
    cpu: dict[str, list[float]] = {name: [] for name in children}
    memory: list[float] = []
    for argv in children.values():
        cold_start(argv)  # fills the bytecode cache, warms the disk cache
    for _ in range(STARTUP_RUNS):
        for name, argv in children.items():
            elapsed, rss, cpu_ms = cold_start(argv)
            times[name].append(elapsed)
            cpu[name].append(cpu_ms)
            if name == "command":
                memory.append(rss)
    medians = {name: statistics.median(values) for name, values in times.items()}
    cpu_medians = {name: statistics.median(values) for name, values in cpu.items()}
    results = {
        "startup_ms_bare": medians["bare"],
        "startup_ms_command": medians["command"],
        "startup_ratio": medians["command"] / medians["bare"],
        "rss_mb_start": statistics.median(memory),
        "startup_cpu_ms_bare": cpu_medians["bare"],
        "startup_cpu_ms_command": cpu_medians["command"],
        "startup_ratio_cpu": cpu_medians["command"] / cpu_medians["bare"],
    }
    if "frozen" in medians:
        results["startup_ms_frozen"] = medians["frozen"]
        results["startup_ratio_frozen"] = medians["frozen"] / medians["bare"]
    frozen_note = (
        f", frozen build {medians['frozen']:.0f} ms" if "frozen" in medians else ", no dist/ build"
    )
    print(
        f"cold start to first paint: `socialdesk` {medians['command']:.0f} ms, bare QMainWindow "
        f"{medians['bare']:.0f} ms{frozen_note} (medians of {STARTUP_RUNS}, alternated); "
        f"`socialdesk` holds {results['rss_mb_start']:.0f} MB when painted; CPU time "
        f"{cpu_medians['command']:.0f} vs {cpu_medians['bare']:.0f} ms"
    )
    return results


def main() -> None:
    results = measure_startup()
    results.update(measure_typing())
    print(json.dumps({key: round(value, 3) for key, value in results.items()}))


if __name__ == "__main__":
    main()
