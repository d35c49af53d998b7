# Sopiva Desk: `make run` starts the app on a demo profile, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DATA_DIR ?= .data
CENTRAL_PORT ?= 8470
UI_SOURCES := $(wildcard ui/*.ui)
UI_MODULES := $(patsubst ui/%.ui,sopiva_desk/gui/forms/ui_%.py,$(UI_SOURCES))
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run central test proof test-long soak bench bench-scale forms translations i18n-update smoke package clean

run: $(STAMP) forms translations
	QT_QPA_PLATFORM= $(BIN)/sopiva-desk --data-dir $(DATA_DIR) --demo

# The central records server alone, on the demo's embedded SQLite database in $(DATA_DIR)/central
# (made ready on first use); prints its address and how to connect a profile. `make run` starts
# its own copy of the server as a child of the app, on the same database.
central: $(STAMP)
	$(BIN)/python -m sopiva_desk.central.demo --data-dir $(DATA_DIR)/central --port $(CENTRAL_PORT)

test: $(STAMP) forms translations
	$(BIN)/lint-imports --no-cache
	$(BIN)/ruff check sopiva_desk tests bench
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Proof under faults, the long variants (docs/sync-protocol.md, "Proof"): many more stateful
# examples exploring new ones each run, dozens of faults per database, >= 50 kills; 200 bit flips
# in a store (docs/reliability.md, "Store damage"). Prints what ran.
proof: $(STAMP) forms translations
	SOPIVA_PROOF_LONG=1 HYPOTHESIS_PROFILE=explore $(BIN)/python -m pytest -s -o faulthandler_timeout=0 \
		tests/proof tests/store/test_store_damage.py $(PYTEST_ARGS)
test-long: proof

# 200 laptops sync a week each at the same moment against one server process on PostgreSQL;
# then 200 kill -9 of the app while it autosaves, and the fuzzers searching new examples
# (docs/reliability.md).
soak: $(STAMP) forms translations
	$(BIN)/python -m bench.soak --devices 200
	SOPIVA_PROOF_LONG=1 HYPOTHESIS_PROFILE=explore $(BIN)/python -m pytest -s -o faulthandler_timeout=0 \
		tests/proof/test_kill_autosave.py tests/fuzz $(PYTEST_ARGS)

bench: $(STAMP) forms translations
	$(BIN)/python -m bench

# The caseload at 100,000 clients: shown after unlock, search until repainted, peak memory. The
# encrypted store is built once (≈2 min) and cached in bench/results/cache/.
bench-scale: $(STAMP) forms translations
	$(BIN)/python -m bench.caseload_scale --clients 100000 --runs 5

smoke: $(STAMP) forms translations
	$(BIN)/sopiva-desk --data-dir $$(mktemp -d) --demo --smoke

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Designer forms: ui/<name>.ui -> sopiva_desk/gui/forms/ui_<name>.py (generated, git-ignored).
forms: $(UI_MODULES)
sopiva_desk/gui/forms/ui_%.py: ui/%.ui $(STAMP)
	$(BIN)/pyside6-uic -o $@ $<

# Qt Linguist: .ts sources (committed) -> .qm (generated, git-ignored).
translations: $(QM_FILES)
resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Re-extract strings from the code and forms into the .ts files (then translate them).
i18n-update: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find sopiva_desk/gui -name '*.py' -not -path '*/forms/*') $(UI_SOURCES) \
		-tr-function-alias translate+=_t -no-obsolete -locations none -ts $(TS_FILES)

clean:
	rm -rf $(VENV) sopiva_desk/gui/forms/ui_*.py resources/i18n/*.qm

package: $(STAMP) forms translations
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6'
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/sopiva-desk.spec
	QT_QPA_PLATFORM=offscreen dist/sopiva-desk-*/sopiva-desk --data-dir $$(mktemp -d) --demo --smoke
