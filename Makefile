# The two commands of the README. Both install missing system packages first.
# Swift lives in /opt/swift on these machines; non-login shells may not have it on PATH.
export PATH := $(PATH):/opt/swift/usr/bin
SWIFT ?= swift
PLAN ?= examples/ange-2026
OUT ?= out
PREFIX ?= /usr/local

.PHONY: example test bench deps install

deps:
	@scripts/ensure-deps.sh

example: deps
	$(SWIFT) build -c release --product ikplan
	.build/release/ikplan render $(PLAN) -o $(OUT)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: deps
	scripts/bench.sh

# ikplan and its Fonts and Layouts under $(PREFIX) (bin/, share/ikplan/).
install:
	scripts/install.sh $(PREFIX)
