"""The packages whose names load on first use (socialdesk.lazy): importing the package
imports none of its heavy modules, every exported name is there when read, and a
misspelt name is a plain AttributeError. Fresh interpreters, since this test process
has long imported everything."""

from __future__ import annotations

import pytest
from support import run_fresh


@pytest.mark.parametrize(
    ("package", "name", "module"),
    [
        ("socialdesk.templates", "TemplateEngine", "socialdesk.templates.engine"),
        ("socialdesk.translation", "TranslationEngine", "socialdesk.translation.engine"),
        ("socialdesk.media", "prepare_upload", "socialdesk.media.outgoing"),
    ],
)
def test_a_name_imports_its_module_when_first_read(package: str, name: str, module: str) -> None:
    result = run_fresh(
        f"""
        import importlib, json, sys
        package = importlib.import_module({package!r})
        before = {module!r} in sys.modules
        value = getattr(package, {name!r})
        missing = []
        for exported in package.__all__:
            try:
                getattr(package, exported)
            except AttributeError:
                missing.append(exported)
        try:
            package.NoSuchName
            error = ""
        except AttributeError as caught:
            error = str(caught)
        print(json.dumps({{
            "loaded_before": before,
            "loaded_after": {module!r} in sys.modules,
            "same": value is getattr(sys.modules[{module!r}], {name!r}),
            "cached": {name!r} in vars(package),
            "missing": missing,
            "error": error,
        }}))
        """
    )
    assert result == {
        "loaded_before": False,
        "loaded_after": True,
        "same": True,
        "cached": True,
        "missing": [],
        "error": f"module {package!r} has no attribute 'NoSuchName'",
    }
