"""Suite-wide settings: Qt runs offscreen (a missing display would abort the process)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
