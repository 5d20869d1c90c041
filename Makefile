# The two commands of the README. Both install missing system packages first.
# Swift lives in /opt/swift on these machines; non-login shells may not have it on PATH.
export PATH := $(PATH):/opt/swift/usr/bin
SWIFT ?= swift
PLAN ?= examples/ange-2026
OUT ?= out

.PHONY: example test bench deps

deps:
	@scripts/ensure-deps.sh

example: deps
	$(SWIFT) build -c release --product ikplan
	.build/release/ikplan render $(PLAN) -o $(OUT)

test: deps
	$(SWIFT) build --build-tests
	# The assertions are in English; a Swedish locale would turn the messages Swedish (see README, Messages).
	LC_ALL=C.UTF-8 $(SWIFT) test --skip-build

bench: deps
	scripts/bench.sh
