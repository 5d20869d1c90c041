# Shortcuts for the scripts the README runs (make is optional: Debian 12 does not ship it with Swift).
# Swift lives in /opt/swift on these machines; non-login shells may not have it on PATH.
export PATH := $(PATH):/opt/swift/usr/bin
PLAN ?= examples/ange-2026
OUT ?= out
PREFIX ?= /usr/local

.PHONY: example test bench deps install

deps:
	@scripts/ensure-deps.sh test

example:
	scripts/example.sh $(PLAN) $(OUT)

test:
	scripts/test.sh

bench:
	@scripts/ensure-deps.sh bench
	scripts/bench.sh

# ikplan and its Fonts and Layouts under $(PREFIX) (bin/, share/ikplan/).
install:
	scripts/install.sh $(PREFIX)
