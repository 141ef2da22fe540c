"""reportlab uses its C helpers (`reportlab[accel]`, package rl_accel): the string widths and
number formatting that dominate the packet's profile are not the pure-Python fallbacks."""

from __future__ import annotations

from reportlab.lib import rl_accel


def test_reportlab_uses_the_c_helpers() -> None:
    for name in ("fp_str", "instanceStringWidthTTF", "escapePDF"):
        assert getattr(rl_accel, name).__module__ == "_rl_accel", name
