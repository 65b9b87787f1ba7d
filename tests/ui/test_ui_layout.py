"""The shape of socialdesk/ui: feature subpackages that mirror the core, no module
importing (directly or round about) a module that imports it, no module over ~600
lines, each subpackage saying what it holds."""

from __future__ import annotations

import ast
from pathlib import Path

import socialdesk.ui

UI = Path(socialdesk.ui.__file__).parent
MAX_LINES = 600


def module_name(path: Path) -> str:
    parts = path.relative_to(UI.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def ui_imports(path: Path) -> set[str]:
    """Every socialdesk.ui module `path` imports anywhere: at the top, inside functions
    (imported when first used) and under TYPE_CHECKING alike."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found.update(name for name in names if name.startswith("socialdesk.ui."))
    return found


def import_graph() -> dict[str, set[str]]:
    modules = {module_name(path): path for path in UI.rglob("*.py")}
    return {name: ui_imports(path) & modules.keys() for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, str] = {}  # "open" while on the path, "done" after

    def visit(name: str, path: list[str]) -> list[str] | None:
        state[name] = "open"
        for target in sorted(graph[name]):
            if state.get(target) == "open":
                return [*path[path.index(target) :], target]
            if target not in state and (cycle := visit(target, [*path, target])):
                return cycle
        state[name] = "done"
        return None

    for name in sorted(graph):
        if name not in state and (cycle := visit(name, [name])):
            return cycle
    return None


def test_no_ui_module_imports_in_a_cycle() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_cycle_check_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_features_do_not_import_the_window_that_installs_them() -> None:
    graph = import_graph()
    offenders = sorted(
        name
        for name, targets in graph.items()
        if "socialdesk.ui.shell.main_window" in targets
        and not name.startswith("socialdesk.ui.shell")
    )
    assert offenders == []


def test_no_ui_module_is_over_600_lines() -> None:
    sizes = {
        module_name(path): len(path.read_text(encoding="utf-8").splitlines())
        for path in UI.rglob("*.py")
    }
    too_long = {name: lines for name, lines in sizes.items() if lines > MAX_LINES}
    assert too_long == {}


def test_ui_is_arranged_in_subpackages_that_say_what_they_hold() -> None:
    assert sorted(path.name for path in UI.glob("*.py")) == ["__init__.py"]
    packages = sorted(path.parent.name for path in UI.glob("*/__init__.py"))
    assert {"cards", "editor", "shell", "publishing", "export", "library", "media"} <= set(packages)
    for name in packages:
        docstring = ast.get_docstring(ast.parse((UI / name / "__init__.py").read_text("utf-8")))
        assert docstring and len(docstring) > 40, f"ui/{name}/__init__.py needs a docstring"
