# The front door. `make demo` and `make test` each do all set-up on a fresh Debian 12 machine
# (install packages, configure, build) before they run.
PRESET ?= release
BUILD := build/$(PRESET)
BIN := $(BUILD)/bin/regiotwin

.PHONY: all deps configure build demo test bench docs format tidy clean

all: build

deps:
	@scripts/install-deps

configure: deps
	@test -f $(BUILD)/build.ninja || cmake --preset $(PRESET)

build: configure
	@cmake --build --preset $(PRESET)

demo: build
	@$(BIN) run --region regio-zwolle --to 2040-12 --out out/regio-zwolle

test: build
	@ctest --preset $(PRESET)

bench: build
	@scripts/run-benchmarks $(BUILD)

# Regenerates the reference docs from the registries (a test fails when they are stale).
docs: build
	@$(BIN) params > docs/parameters.md
	@$(BIN) indicators > docs/indicators.md
	@$(BIN) scenarios > docs/scenarios.md

format:
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

tidy: configure
	@git ls-files 'src/*.cpp' | xargs clang-tidy -p $(BUILD) --quiet

clean:
	@rm -rf build
