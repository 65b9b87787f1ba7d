# The two front-door commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint format screenshots bench clean dist i18n i18n-update

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP) i18n
	$(VENV)/bin/socialdesk

test: $(STAMP) lint i18n
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check socialdesk tests benchmarks
	$(VENV)/bin/ruff format --check socialdesk tests benchmarks
	$(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff format socialdesk tests benchmarks
	$(VENV)/bin/ruff check --fix socialdesk tests benchmarks

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m socialdesk.ui.shell.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m socialdesk.ui.shell.proofing_screenshots docs/screenshots

bench: $(STAMP)
	for b in benchmarks/*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(PY) $$b; done

# Interface translations: resources/i18n/*.ts (sources, in git) -> *.qm (build output).
TS := $(wildcard resources/i18n/*.ts)
i18n: $(TS:.ts=.qm)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Re-extract the strings of socialdesk/ui into the .ts files (keeps existing translations).
i18n-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $$(find socialdesk/ui -name '*.py' | sort) -ts $(TS)

# One-folder app in dist/SocialDesk/ (PyInstaller, see build.spec).
dist: $(STAMP) i18n
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec
	@du -sh dist/SocialDesk

clean:
	rm -rf $(VENV) build dist resources/i18n/*.qm *.egg-info .pytest_cache .mypy_cache .ruff_cache
