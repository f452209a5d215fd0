# GhostDesk — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test test-fast lint bench bytecode forms i18n screenshot dist dist-test clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev,dist]'
	touch $(STAMP)

run: $(STAMP) bytecode
	$(PY) -m ghostdesk --demo

# The editable install has no compiled bytecode, and with PYTHONDONTWRITEBYTECODE set Python never writes it:
# every start then compiles each of our ~80 start-up modules again (≈100 ms). An installed or PyInstaller build
# ships bytecode; this gives `make run` and `make bench` the same (only changed files are recompiled).
bytecode: $(STAMP)
	$(PY) -m compileall -q ghostdesk > /dev/null

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow"

lint: $(STAMP)
	$(VENV)/bin/ruff check ghostdesk tests benchmarks docs tools packaging
	$(VENV)/bin/ruff format --check ghostdesk tests benchmarks docs tools packaging
	$(VENV)/bin/lint-imports

bench: $(STAMP) bytecode
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

# Regenerate the Designer forms (ui/*.ui → ghostdesk/ui/forms/ui_*.py).
forms: $(STAMP)
	for f in ui/*.ui; do \
	  $(VENV)/bin/pyside6-uic $$f -o ghostdesk/ui/forms/ui_$$(basename $$f .ui).py; done

# Refresh the Linguist catalogues from the sources, then compile them.
i18n: $(STAMP)
	$(PY) tools/i18n.py update
	$(PY) tools/i18n.py release

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) docs/render_screenshots.py

# A one-folder build of the app in dist/ghostdesk (PyInstaller, packaging/ghostdesk.spec), about a minute.
dist: $(STAMP)
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/ghostdesk.spec
	@du -sh dist/ghostdesk

# Only the packaging checks (build into a temporary folder, start it, run its CLI); `make test` runs them too.
dist-test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/test_dist.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
