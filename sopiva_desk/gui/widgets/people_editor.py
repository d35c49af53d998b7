"""An in-place list of people: rows of name and relation (and, for absent persons, the reason).

Used for who took part in a visit and who was absent: a ``RowListEditor`` whose rows the
visit rules (``domain.visits.clean_people``) check, so a rejected row's bad cell is marked.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from PySide6.QtWidgets import QLineEdit, QWidget

from sopiva_desk.domain.clients import CloseRole, FieldInvalid
from sopiva_desk.domain.decisions import close_person_role
from sopiva_desk.domain.issues import Issue
from sopiva_desk.domain.visits import PEOPLE_MAX, clean_people, person_line
from sopiva_desk.gui.labels import role_label
from sopiva_desk.gui.widgets.row_list_editor import Choice, Column, RowListEditor
from sopiva_desk.services.clients import ClientCircle

RELATION_MAX = 80  # the domain's limits, for choosing which cell of a rejected row to highlight


def people_choices(circle: ClientCircle | None, *, client_relation: str = "", extra: Mapping[str, Any] | None = None,
                   role_labels: Mapping[str, str] | None = None) -> list[Choice]:
    """The client (when ``client_relation`` names them, e.g. "client") and each close person as a
    ready row {name, relation, **extra}. The menu names a close person's roles in the client file
    (guardian, chosen supporter …), so the counsellor sees who is who before picking; with
    ``role_labels`` the row also gets the session role ("supporter" for one the client chose),
    which the menu names first in place of the supporter role it comes from."""
    if circle is None:
        return []
    choices = []
    if client_relation and circle.client_name:
        row = {"name": circle.client_name, "relation": client_relation, **(extra or {})}
        choices.append(Choice(person_line(row), row))
    for person in circle.close_persons:
        row = {"name": person.name, "relation": person.relation, **(extra or {})}
        roles = [role for role in CloseRole if role in person.roles]
        described = [role_label(role) for role in roles]
        if role_labels is not None:
            row["role"] = close_person_role(person.roles)
            described = [role_labels.get(row["role"], row["role"]),
                         *(role_label(role) for role in roles if role != CloseRole.SUPPORTER)]
        label = person_line(row)
        choices.append(Choice(f"{label} – {', '.join(described)}" if described else label, row))
    return choices


class PeopleEditor(RowListEditor):
    """Rows of people, each with name and relation (and reason, with ``with_reason=True``).

    Signals (from ``RowListEditor``):
        edited(list): every row as ``{"name", "relation"[, "reason"]}`` after a change by the user.
        editing_finished(): the user left a field or pressed Return: a good moment to save now.
    """

    def __init__(self, title: str, add_text: str, *, field: str, with_reason: bool = False,
                 empty_text: str = "", parent: QWidget | None = None) -> None:
        self.with_reason = with_reason
        columns = [
            Column("name", self.tr("Name"), placeholder=self.tr("First and last name"), stretch=4 if with_reason else 3,
                   spoken=self.tr("name")),
            Column("relation", self.tr("Relation"), placeholder=self.tr("e.g. mother, support person"),
                   stretch=3 if with_reason else 2, spoken=self.tr("relation")),
        ]
        if with_reason:
            columns.append(Column("reason", self.tr("Why absent"), placeholder=self.tr("e.g. at work, ill"),
                                  stretch=4, spoken=self.tr("why absent")))
        super().__init__(columns, field=field, title=title, add_text=add_text, row_name=self.tr("person {number}"),
                         max_rows=PEOPLE_MAX, empty_text=empty_text or self.tr("No one recorded yet."),
                         parent=parent)

    def edit(self, row: int, column: str) -> QLineEdit:
        return cast(QLineEdit, self.cell(row, column))

    def remove_label(self, number: int, value: Mapping[str, Any]) -> str:
        name = str(value.get("name", "")).strip()
        return (self.tr("Remove {name}").format(name=name) if name
                else self.tr("Remove person {number}").format(number=number))

    def bad_column(self, row_no: int, value: Mapping[str, Any], issues: list[Issue]) -> str | None:
        try:
            clean_people(self.field, [dict(value)], with_reason=self.with_reason)
        except FieldInvalid as err:
            if err.issue.key == "field.too_long":
                return "relation" if len(str(value.get("relation", "")).strip()) > RELATION_MAX else "reason"
            return "name"
        return None
