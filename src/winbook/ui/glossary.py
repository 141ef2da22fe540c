"""Help → Glossary: a searchable list of the trade's terms in plain words, and the short
introduction at the top of every page (what the page is for, with links to its terms).

Both read `winbook.domain.glossary`, the same entries the packet's glossary prints. The
dialog is not modal: it stays open beside the plan while a coach and a candidate talk.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QWidget,
)

from winbook.domain.glossary import PAGE_INTROS, TERMS, Term, search, term
from winbook.ui.forms.ui_glossary_dialog import Ui_GlossaryDialog

LINK_SCHEME = "glossary:"


class GlossaryDialog(QDialog):
    """Type in the search box to narrow the list; the selected term's meaning shows beside
    (the form ``forms/glossary_dialog.ui``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GlossaryDialog()
        self.ui.setupUi(self)
        self.setObjectName("glossary_dialog")
        self.search_edit: QLineEdit = self.ui.glossary_search
        self.term_list: QListWidget = self.ui.glossary_terms
        self.meaning: QTextBrowser = self.ui.glossary_meaning
        self.empty_label: QLabel = self.ui.empty_label
        self.empty_label.hide()
        self.meaning.anchorClicked.connect(lambda url: self.show_term(url.toString()))
        self.ui.button_box.rejected.connect(self.close)
        self.search_edit.textChanged.connect(self._filter)
        self.term_list.currentItemChanged.connect(self._show_current)
        self._filter("")

    def _filter(self, text: str) -> None:
        current = self.current_term()
        self.term_list.clear()
        for t in search(text) if text.strip() else list(TERMS):
            item = QListWidgetItem(t.term, self.term_list)
            item.setData(Qt.ItemDataRole.UserRole, t.anchor)
        self.empty_label.setVisible(self.term_list.count() == 0)
        keep = [
            i for i in range(self.term_list.count()) if _anchor(self.term_list.item(i)) == current
        ]
        self.term_list.setCurrentRow(keep[0] if keep else 0)
        if self.term_list.count() == 0:
            self.meaning.clear()

    def _show_current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.meaning.setHtml(term_html(term(_anchor(item))))

    def current_term(self) -> str:
        item = self.term_list.currentItem()
        return _anchor(item) if item is not None else ""

    def show_term(self, name: str) -> None:
        """Select ``name`` (a term, an anchor or a ``glossary:`` link), clearing the search."""
        anchor = term(name.removeprefix(LINK_SCHEME)).anchor
        if self.search_edit.text():
            self.search_edit.clear()
        for i in range(self.term_list.count()):
            if _anchor(self.term_list.item(i)) == anchor:
                self.term_list.setCurrentRow(i)
                return

    def meaning_text(self) -> str:
        return str(self.meaning.toPlainText())


def _anchor(item: QListWidgetItem) -> str:
    return str(item.data(Qt.ItemDataRole.UserRole))


def term_html(t: Term) -> str:
    out = f"<h3>{html.escape(t.term)}</h3><p>{html.escape(t.meaning)}</p>"
    if t.see_also:
        links = ", ".join(
            f"<a href='{LINK_SCHEME}{term(s).anchor}'>{html.escape(s)}</a>" for s in t.see_also
        )
        out += f"<p>See also: {links}.</p>"
    return out


# --------------------------------------------------------------------------- page intros


def terms_html(page_key: str) -> str:
    """ "What these mean: win number · vote goal", each a glossary link ("" for none)."""
    intro = PAGE_INTROS.get(page_key)
    if intro is None or not intro.terms:
        return ""
    links = " · ".join(
        f"<a href='{LINK_SCHEME}{term(t).anchor}'>{html.escape(_plain(t))}</a>" for t in intro.terms
    )
    return f"<small>What these mean: {links}</small>"


def _plain(name: str) -> str:
    """ "Win number" -> "win number"; acronyms (GOTV) stay as they are."""
    return name if name[:2].isupper() else name[0].lower() + name[1:]


def add_intro(page: QWidget, page_key: str, open_term: Callable[[str], object]) -> QLabel | None:
    """Open ``page`` with what it is for and links to its terms' meanings.

    A form page keeps its own ``intro_label`` (its purpose sentence) and gets the links below
    the sentence; a narrative page gets a new label above its prompt. Returns the label.
    """
    intro = PAGE_INTROS.get(page_key)
    if intro is None:
        return None
    label = page.findChild(QLabel, "intro_label")
    if label is not None:
        purpose = (
            html.escape(label.text())
            if label.textFormat() != Qt.TextFormat.RichText
            else label.text()
        )
    else:
        label = _new_intro_label(page)
        purpose = html.escape(intro.purpose)
    if label is None:
        return None
    links = terms_html(page_key)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(purpose + (f"<br>{links}" if links else ""))
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.linkActivated.connect(lambda link: open_term(link.removeprefix(LINK_SCHEME)))
    return label


def _new_intro_label(page: QWidget) -> QLabel | None:
    """A label just above the page's prompt (narrative pages), or None if there is no place."""
    prompt = page.findChild(QLabel, "prompt_label")
    host = prompt.parentWidget() if prompt is not None else None
    layout = host.layout() if host is not None else None
    if prompt is None or not isinstance(layout, QBoxLayout):
        return None
    label = QLabel(host)
    label.setObjectName("intro_label")
    label.setWordWrap(True)
    label.setAccessibleName("What this page is for")
    layout.insertWidget(max(layout.indexOf(prompt), 0), label)
    return label
