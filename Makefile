# Build, install and package dutyd.
#
#   make                      release build of dutyd (Swift runtime linked in) and dutyctl (one static executable)
#   make install              install under PREFIX (default /usr/local), into DESTDIR if set
#   make deb                  build .build/deb/dutyd_VERSION_ARCH.deb with dpkg-deb
#   make check                swift test, then (as root) the end-to-end test under systemd
#
# Building needs the Swift toolchain; the programs link the Swift runtime in and depend only
# on Debian's libraries (libc, libstdc++, libsqlite3, libsystemd, libcurl, libxml2), so the package
# runs on a plain Debian 12.

PREFIX ?= /usr/local
SYSCONFDIR ?= /etc
BINDIR = $(PREFIX)/bin
LIBDIR = $(PREFIX)/lib
MANDIR = $(PREFIX)/share/man
DOCDIR = $(PREFIX)/share/doc/dutyd
UNITDIR = $(LIBDIR)/systemd/system
CONFDIR = $(SYSCONFDIR)/dutyd

SWIFT ?= swift
SWIFT_BUILD = $(SWIFT) build -c release --static-swift-stdlib
RELEASE = .build/release
GENERATED = .build/generated
VERSION := $(shell sed -n 's/.*static let current = "\(.*\)"/\1/p' Sources/DutyProtocol/DutydVersion.swift)
ARCH := $(shell dpkg --print-architecture 2>/dev/null || echo amd64)
DEB = .build/deb/dutyd_$(VERSION)_$(ARCH).deb

.PHONY: all build completions install uninstall deb check test e2e clean-deb

all: build

# One invocation for both programs (and the small engine benchmark): each one costs a
# planning pass.
build:
	$(SWIFT_BUILD)
	# dutyctl as one static executable starts as fast as chronyc (bench/README.md); it needs
	# its own scratch path because dutyd and the tests link dynamically.
	$(SWIFT_BUILD) --product dutyctl -Xswiftc -static-executable --scratch-path .build-dutyctl-static

# Completion scripts come from the argument parser, so they always match the options.
completions: build
	mkdir -p $(GENERATED)
	for shell in bash zsh fish; do \
		$(RELEASE)/dutyctl --generate-completion-script $$shell > $(GENERATED)/dutyctl.$$shell && \
		$(RELEASE)/dutyd --generate-completion-script $$shell > $(GENERATED)/dutyd.$$shell || exit 1; \
	done

install: build completions
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(UNITDIR) $(DESTDIR)$(LIBDIR)/sysusers.d \
		$(DESTDIR)$(LIBDIR)/tmpfiles.d $(DESTDIR)$(LIBDIR)/systemd/catalog \
		$(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man8 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions \
		$(DESTDIR)$(PREFIX)/share/zsh/vendor-completions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d \
		$(DESTDIR)$(DOCDIR)/examples $(DESTDIR)$(DOCDIR)/nginx
	install -s -m 0755 $(RELEASE)/dutyd $(DESTDIR)$(BINDIR)/dutyd
	install -s -m 0755 .build-dutyctl-static/release/dutyctl $(DESTDIR)$(BINDIR)/dutyctl
	# The units name /usr/bin; point them at BINDIR.
	for unit in dutyd.service dutyd.socket dutyd-web.socket; do \
		sed 's|/usr/bin/duty|$(BINDIR)/duty|g; s|/etc/dutyd|$(CONFDIR)|g' deploy/systemd/$$unit > $(DESTDIR)$(UNITDIR)/$$unit && \
		chmod 0644 $(DESTDIR)$(UNITDIR)/$$unit || exit 1; \
	done
	install -m 0644 deploy/sysusers/dutyd.conf $(DESTDIR)$(LIBDIR)/sysusers.d/dutyd.conf
	sed 's|/etc/dutyd|$(CONFDIR)|g' deploy/tmpfiles/dutyd.conf > $(DESTDIR)$(LIBDIR)/tmpfiles.d/dutyd.conf
	chmod 0644 $(DESTDIR)$(LIBDIR)/tmpfiles.d/dutyd.conf
	install -m 0644 deploy/catalog/dutyd.catalog $(DESTDIR)$(LIBDIR)/systemd/catalog/dutyd.catalog
	install -m 0644 deploy/man/dutyctl.1 $(DESTDIR)$(MANDIR)/man1/dutyctl.1
	install -m 0644 deploy/man/dutyd.toml.5 $(DESTDIR)$(MANDIR)/man5/dutyd.toml.5
	install -m 0644 deploy/man/dutyd.8 $(DESTDIR)$(MANDIR)/man8/dutyd.8
	for tool in dutyd dutyctl; do \
		install -m 0644 $(GENERATED)/$$tool.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/$$tool && \
		install -m 0644 $(GENERATED)/$$tool.zsh $(DESTDIR)$(PREFIX)/share/zsh/vendor-completions/_$$tool && \
		install -m 0644 $(GENERATED)/$$tool.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/$$tool.fish || exit 1; \
	done
	install -m 0644 README.md $(DESTDIR)$(DOCDIR)/README.md
	install -m 0644 deploy/nginx/dutyd.conf $(DESTDIR)$(DOCDIR)/nginx/dutyd.conf
	cp -R config/. $(DESTDIR)$(DOCDIR)/examples/
	# The example configuration becomes the live one only where there is none yet.
	install -d -m 0755 $(DESTDIR)$(CONFDIR)
	install -d -m 0700 $(DESTDIR)$(CONFDIR)/credentials
	if [ ! -e $(DESTDIR)$(CONFDIR)/dutyd.toml ]; then cp -R config/. $(DESTDIR)$(CONFDIR)/; fi

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/dutyd $(DESTDIR)$(BINDIR)/dutyctl \
		$(DESTDIR)$(UNITDIR)/dutyd.service $(DESTDIR)$(UNITDIR)/dutyd.socket $(DESTDIR)$(UNITDIR)/dutyd-web.socket \
		$(DESTDIR)$(LIBDIR)/sysusers.d/dutyd.conf $(DESTDIR)$(LIBDIR)/tmpfiles.d/dutyd.conf \
		$(DESTDIR)$(LIBDIR)/systemd/catalog/dutyd.catalog \
		$(DESTDIR)$(MANDIR)/man1/dutyctl.1 $(DESTDIR)$(MANDIR)/man5/dutyd.toml.5 $(DESTDIR)$(MANDIR)/man8/dutyd.8
	for tool in dutyd dutyctl; do \
		rm -f $(DESTDIR)$(PREFIX)/share/bash-completion/completions/$$tool \
			$(DESTDIR)$(PREFIX)/share/zsh/vendor-completions/_$$tool \
			$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/$$tool.fish; \
	done
	rm -rf $(DESTDIR)$(DOCDIR)

# The package installs under /usr; its maintainer scripts create the user and directories
# and refresh systemd and the journal catalog (deploy/debian/).
deb: clean-deb
	$(MAKE) install DESTDIR=$(CURDIR)/.build/deb/root PREFIX=/usr SYSCONFDIR=/etc
	install -d $(CURDIR)/.build/deb/root/DEBIAN
	sed -e 's/@VERSION@/$(VERSION)/' -e 's/@ARCH@/$(ARCH)/' \
		-e "s/@SIZE@/$$(du -sk --exclude=DEBIAN .build/deb/root | cut -f1)/" \
		deploy/debian/control > .build/deb/root/DEBIAN/control
	install -m 0755 deploy/debian/postinst deploy/debian/prerm deploy/debian/postrm .build/deb/root/DEBIAN/
	cd .build/deb/root && find etc -type f | sed 's|^|/|' > DEBIAN/conffiles
	dpkg-deb --root-owner-group -Zxz --build .build/deb/root $(DEB)
	@echo "built $(DEB) ($$(du -h $(DEB) | cut -f1))"

clean-deb:
	rm -rf .build/deb

test:
	$(SWIFT) test

# The end-to-end test boots systemd in a container, which needs root.
e2e:
	@if [ "$$(id -u)" = 0 ]; then deploy/test/e2e.sh; \
	else echo "e2e: SKIPPED: the end-to-end test under systemd needs root (sudo make e2e)"; fi

check: test e2e
