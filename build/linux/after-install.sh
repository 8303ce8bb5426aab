#!/bin/sh
# Installs Loket's udev rule so the kiosk user can open HID POS scanners, serial scanners and USB
# receipt printers without root (see README, "Devices on Linux").
set -e
if [ -f /opt/Loket/resources/udev/70-loket-devices.rules ]; then
  cp /opt/Loket/resources/udev/70-loket-devices.rules /etc/udev/rules.d/70-loket-devices.rules
  udevadm control --reload-rules || true
fi
